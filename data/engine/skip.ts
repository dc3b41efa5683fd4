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

/** A test of a character code; the tests charTest makes carry their table, which the skip helpers read directly. */
export type CharTest = ((c: number) => boolean) & { table?: Uint8Array };

/** A test for the UTF-16 units of `chars` (each character one unit), optionally also whitespace. */
export function charTest(chars: Iterable<string>, whitespace = false): CharTest {
  const set = new Uint8Array(0x10000);
  for (const c of chars) {
    if (c.length !== 1) throw new TypeError(`charTest: ${JSON.stringify(c)} is not one UTF-16 unit`);
    set[c.charCodeAt(0)] = 1;
  }
  // Every character of \s is one UTF-16 unit, so whitespace fits in the same table.
  if (whitespace) for (let c = 0; c < 0x10000; c++) if (isSpace(c)) set[c] = 1;
  const test: CharTest = (c) => set[c] === 1;
  test.table = set;
  return test;
}

/** The table of `test` (one byte per UTF-16 unit), built by calling it once per unit when it has none. */
function tableOf(test: CharTest): Uint8Array {
  if (test.table) return test.table;
  const set = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (test(c)) set[c] = 1;
  return set;
}

/** skipTo for a match that starts with one of the characters `test` accepts. */
export function skipToChar(test: CharTest): (text: string, from: number) => number {
  const set = tableOf(test);
  return (text, from) => {
    for (let i = from; i < text.length; i++) if (set[text.charCodeAt(i)] === 1) return i;
    return text.length + 1;
  };
}

/** skipTo for a match that starts at the text's start (when `atStart`) or right after a character `test` accepts. */
export function skipToAfter(test: CharTest, atStart: boolean): (text: string, from: number) => number {
  const set = tableOf(test);
  return (text, from) => {
    if (from === 0 && atStart) return 0;
    for (let i = Math.max(from, 1); i < text.length; i++) if (set[text.charCodeAt(i - 1)] === 1) return i;
    return text.length + 1;
  };
}

/** The leftmost index at or after `from` where one of some words starts, or -1. */
export type WordFinder = (text: string, from: number) => number;

/**
 * A finder of `words` (each may be printed with whitespace between its characters when `spaced`: 区　长): the
 * positions a global alternation of them would match at, but the alternation is tried (sticky) only where a word's
 * first character is followed (past any whitespace) by its second, found by table look-ups.
 */
export function wordFinder(words: readonly string[], spaced: boolean): WordFinder {
  if (words.some((w) => w === "" || [...w].length !== w.length)) throw new TypeError("wordFinder: words of BMP characters, none empty");
  const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const at = new RegExp(words.map((w) => [...w].map(escapeChar).join(spaced ? "\\s*" : "")).join("|"), "y");
  const first = new Uint8Array(0x10000);
  const single = new Uint8Array(0x10000);
  const pairs = new Set<number>();
  for (const w of words) {
    first[w.charCodeAt(0)] = 1;
    if (w.length === 1) single[w.charCodeAt(0)] = 1;
    else pairs.add(w.charCodeAt(0) * 0x10000 + w.charCodeAt(1));
  }
  return (text, from) => {
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (first[c] !== 1) continue;
      if (single[c] === 1) return i;
      let j = i + 1;
      if (spaced) while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (j >= text.length || !pairs.has(c * 0x10000 + text.charCodeAt(j))) continue;
      at.lastIndex = i;
      const found = at.test(text);
      at.lastIndex = 0;
      if (found) return i;
    }
    return -1;
  };
}

/**
 * skipTo for a match near a match of `anchor` (a `g` pattern): a match of the rule starts at most `maxBefore`
 * units before the anchor's start (a person's titles begin at most 20 characters before a title), or, with a
 * negative `maxBefore`, at least that many units after it (a name at least two characters after 记者, which a
 * look-behind reads). `lookBack` is how far before the rule's match the anchor may start (the longest
 * look-behind; Infinity when unbounded). No match can start before the bound this gives from the leftmost anchor
 * starting at or after `from - lookBack`; `then` narrows the position further. The anchor is searched once
 * per stretch of the text (cached while the search start has not passed it).
 */
export function skipToAnchor(
  anchor: RegExp | WordFinder,
  maxBefore: number,
  then: (text: string, from: number) => number = (_text, from) => from,
  lookBack = 0,
): (text: string, from: number) => number {
  if (anchor instanceof RegExp && !anchor.global) throw new TypeError("skipToAnchor: the anchor pattern needs the g flag");
  const find: WordFinder =
    anchor instanceof RegExp
      ? (text, from) => {
          anchor.lastIndex = from;
          const m = anchor.exec(text);
          anchor.lastIndex = 0;
          return m === null ? -1 : m.index;
        }
      : anchor;
  let lastText: string | null = null;
  let lastFrom = 0;
  let lastAt = 0;
  return (text, from) => {
    const searchFrom = Math.max(0, from - lookBack);
    if (text !== lastText || searchFrom < lastFrom || searchFrom > lastAt) {
      const at = find(text, searchFrom);
      lastText = text;
      lastFrom = searchFrom;
      lastAt = at < 0 ? text.length + 1 : at;
    }
    if (lastAt > text.length) return text.length + 1;
    return then(text, Math.max(from, lastAt - maxBefore));
  };
}

/**
 * The UTF-16 units a one-character pattern accepts, as a table (1 when `pattern.test(unit)`), so that a walk over a
 * text tests each character by one look-up instead of a one-character string and a regex call. A plain class of
 * literal characters ([，,、]) is read off its source; any other pattern is asked about every unit once.
 */
export function charTable(pattern: RegExp): Uint8Array {
  if (pattern.global || pattern.sticky) throw new TypeError(`charTable: ${pattern} must have neither g nor y (test keeps no state)`);
  const table = new Uint8Array(0x10000);
  const plain = /^\[([^\]\\^-]+)\]$/.exec(pattern.source);
  if (plain && pattern.flags === "") {
    for (const c of plain[1]!) if (c.length === 1) table[c.charCodeAt(0)] = 1;
    if ([...plain[1]!].every((c) => c.length === 1)) return table;
    table.fill(0);
  }
  for (let c = 0; c < 0x10000; c++) if (pattern.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}
