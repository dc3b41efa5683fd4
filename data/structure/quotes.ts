import { CHAR_CLASS, CLOSER, OPENER, PAIR_OF } from "./classes.ts";

/**
 * Nesting depth of matched quotes and brackets at each position of `text[from, to)`:
 * `depth[i - from]` counts the pairs with open < i < close. Unmatched marks are
 * ignored so a stray “ cannot swallow the rest of a paragraph. Length is
 * `to - from + 1`; the last entry (the end) is 0.
 */
export function quoteDepth(text: string, from: number, to: number): Int32Array {
  const depth = new Int32Array(to - from + 1);
  // The open marks not yet closed: their pair index and position.
  const marks: number[] = [];
  const ats: number[] = [];
  let top = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c]!;
    if (cls & OPENER) {
      marks[top] = PAIR_OF[c]!;
      ats[top++] = i;
      continue;
    }
    if (!(cls & CLOSER)) continue;
    const close = PAIR_OF[c]!;
    let k = top - 1;
    while (k >= 0 && marks[k] !== close) k--;
    if (k < 0) continue;
    depth[ats[k]! - from + 1]! += 1;
    depth[i - from]! -= 1;
    top = k;
  }
  for (let i = 1; i < depth.length; i++) depth[i]! += depth[i - 1]!;
  return depth;
}
