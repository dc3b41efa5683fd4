/**
 * Folds full-width ASCII (U+FF01–U+FF5E) and the ideographic space to half-width.
 * Every replaced character is one UTF-16 unit for one, so offsets into the view are
 * offsets into the original sentence.
 */
export function matchView(sentence: string): string {
  if (typeof sentence !== "string") throw new TypeError(`matchView: expected a string, got ${typeof sentence}`);
  let first = 0;
  while (first < sentence.length) {
    const c = sentence.charCodeAt(first);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
    first++;
  }
  // Most sentences have nothing to fold: the view is the sentence itself.
  if (first === sentence.length) return sentence;
  let out = sentence.slice(0, first);
  for (let i = first; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += sentence[i];
  }
  return out;
}
