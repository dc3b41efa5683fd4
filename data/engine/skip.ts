// skipTo helpers for rules: where a match can start, found by character code so that sticky
// patterns are tried only there (a regex led by a look-behind or a long alternation otherwise
// tries every position of the text).

/** The characters of the regex class \s, by code. */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A test for the UTF-16 units of `chars` (each character one unit), optionally also whitespace. */
export function charTest(chars: Iterable<string>, whitespace = false): (c: number) => boolean {
  const set = new Uint8Array(0x10000);
  for (const c of chars) {
    if (c.length !== 1) throw new TypeError(`charTest: ${JSON.stringify(c)} is not one UTF-16 unit`);
    set[c.charCodeAt(0)] = 1;
  }
  return whitespace ? (c) => set[c] === 1 || isSpace(c) : (c) => set[c] === 1;
}

/** skipTo for a match that starts with one of the characters `test` accepts. */
export function skipToChar(test: (c: number) => boolean): (text: string, from: number) => number {
  return (text, from) => {
    for (let i = from; i < text.length; i++) if (test(text.charCodeAt(i))) return i;
    return text.length + 1;
  };
}

/** skipTo for a match that starts at the text's start (when `atStart`) or right after a character `test` accepts. */
export function skipToAfter(test: (c: number) => boolean, atStart: boolean): (text: string, from: number) => number {
  return (text, from) => {
    if (from === 0 && atStart) return 0;
    for (let i = Math.max(from, 1); i < text.length; i++) if (test(text.charCodeAt(i - 1))) return i;
    return text.length + 1;
  };
}
