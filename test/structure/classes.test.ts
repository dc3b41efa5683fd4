import { describe, expect, it } from "vitest";
import { CHAR_CLASS, CLOSER, hasWord, OPENER, PAIR_OF, SPACE, TERMINATOR, WORD } from "../../data/structure/classes.ts";
import { CLOSERS, OPENERS, TERMINATORS } from "../../data/structure/lexicon.ts";

const has = (c: string, bit: number) => (CHAR_CLASS[c.charCodeAt(0)]! & bit) !== 0;

describe("character classes", () => {
  it("marks every terminator, opener and closer of the lexicon, and nothing else as such", () => {
    for (const c of TERMINATORS) expect(has(c, TERMINATOR), c).toBe(true);
    for (const c of OPENERS) expect(has(c, OPENER), c).toBe(true);
    for (const c of CLOSERS) expect(has(c, CLOSER), c).toBe(true);
    for (const c of "，、：…—“”") expect(has(c, TERMINATOR), c).toBe(false);
    for (const c of "”，。") expect(has(c, OPENER), c).toBe(false);
  });

  it("pairs each opener with its closer", () => {
    for (let i = 0; i < OPENERS.length; i++) expect(PAIR_OF[OPENERS.charCodeAt(i)]).toBe(PAIR_OF[CLOSERS.charCodeAt(i)]);
    expect(PAIR_OF["“".charCodeAt(0)]).not.toBe(PAIR_OF["）".charCodeAt(0)]);
  });

  it.each([" ", "\t", "\u3000", "\u00a0", "\ufeff", "\u2028"])("treats %j as white space, as trim() does", (c) => {
    expect(has(c, SPACE)).toBe(true);
    expect(c.trim()).toBe("");
  });

  it.each(["济", "Ａ", "a", "7", "７", "Ⅳ", "〇"])("treats %s as a letter or number", (c) => {
    expect(has(c, WORD)).toBe(true);
  });
});

describe("hasWord", () => {
  it.each([
    ["一句话。", true],
    ["……。", false],
    ["  “”  ", false],
    ["𠮷", true], // a CJK Extension B character: a surrogate pair
    ["\ud842", false], // a lone high surrogate is no letter
    ["", false],
  ] as const)("hasWord(%j) is %s", (text, expected) => {
    expect(hasWord(text, 0, text.length)).toBe(expected);
  });

  it("looks only inside the range", () => {
    expect(hasWord("济。。", 1, 3)).toBe(false);
  });
});
