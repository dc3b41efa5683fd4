import { describe, expect, it } from "vitest";
import { charTable, charTest, isSpace, skipToAfter, skipToAnchor, skipToChar, wordFinder } from "../../data/engine/skip.ts";

describe("isSpace(code)", () => {
  it("agrees with the regex class \\s on every UTF-16 unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe("charTest(chars, whitespace)", () => {
  it("accepts exactly the given characters, and whitespace when asked", () => {
    const test = charTest("，。", true);
    expect(["，", "。", " ", "\u3000", "\n"].map((c) => test(c.charCodeAt(0)))).toEqual([true, true, true, true, true]);
    expect(["、", "a", "高"].map((c) => test(c.charCodeAt(0)))).toEqual([false, false, false]);
  });

  it("throws TypeError for a string that is not one UTF-16 unit", () => {
    expect(() => charTest(["公司"])).toThrow(TypeError);
  });
});

// Sentences from the seeds (2023年济宁高新区政府工作报告) and bench/holdout/extract (2024年龙岗区政府工作报告).
describe("skipToChar(test) and skipToAfter(test, atStart)", () => {
  const comma = charTest("，");
  it.each([
    ["区长　　张三表示，要抓项目", 0, 8],
    ["区长　　张三表示，要抓项目", 9, 14],
    ["没有逗号的句子", 0, 8],
  ] as const)("skipToChar in %s from %i → %i", (text, from, at) => {
    expect(skipToChar(comma)(text, from)).toBe(at);
  });

  it.each([
    ["会上，区长张三表示", 0, true, 0],
    ["会上，区长张三表示", 0, false, 3],
    ["会上，区长张三表示", 1, true, 3],
    ["会上，区长张三表示", 4, true, 10],
  ] as const)("skipToAfter in %s from %i (atStart %s) → %i", (text, from, atStart, at) => {
    expect(skipToAfter(comma, atStart)(text, from)).toBe(at);
  });
});

// The same sentences: a title (区长) anchors where a chain of titles can start.
describe("skipToAnchor(anchor, maxBefore, then)", () => {
  const skip = () => skipToAnchor(/区\s*长|书记/g, 3);
  it.each([
    ["会上，区长张三表示，要抓项目", 0, 0],
    ["会议由常务副区长张三主持", 0, 3],
    ["会议由常务副区长张三主持", 4, 4],
    ["会议由常务副区长张三主持", 7, 13],
    ["没有职务的句子", 0, 8],
  ] as const)("in %s from %i → %i", (text, from, at) => {
    expect(skip()(text, from)).toBe(at);
  });

  it("gives the same positions when called again from later positions of the same text (its cache)", () => {
    const text = "会议由常务副区长张三主持，书记李四讲话";
    const fresh = Array.from({ length: text.length + 1 }, (_, from) => skip()(text, from));
    const reused = skip();
    expect(Array.from({ length: text.length + 1 }, (_, from) => reused(text, from))).toEqual(fresh);
  });

  it.each([
    // An anchor read by a look-behind (记者 before a byline's names): the match starts at least two units after it,
    // and the anchor may start before `from`.
    ["本报记者 张三 李四", 0, 4],
    ["本报记者 张三 李四", 7, 7],
    ["本报讯 张三", 0, 7],
  ] as const)("looking back (Infinity) in %s from %i → %i", (text, from, at) => {
    expect(skipToAnchor(/记者|通讯员/g, -2, undefined, Number.POSITIVE_INFINITY)(text, from)).toBe(at);
  });

  it("narrows with `then` from the bound, and refuses a pattern without the g flag", () => {
    expect(skipToAnchor(/区长/g, 2, skipToAfter(charTest("，"), false))("今天，区长张三", 0)).toBe(3);
    expect(() => skipToAnchor(/区长/, 2)).toThrow(TypeError);
  });
});

describe("charTable(pattern)", () => {
  it.each([/[，,、：:；;（）()]/, /[\s，]/, /[一-龥]/, /[^，]/])("agrees with %s on every UTF-16 unit", (pattern) => {
    const table = charTable(pattern);
    for (let c = 0; c < 0x10000; c++) expect(table[c] === 1, c.toString(16)).toBe(pattern.test(String.fromCharCode(c)));
  });

  it("refuses a pattern whose test keeps state", () => {
    expect(() => charTable(/[，]/g)).toThrow(TypeError);
  });
});

// Titles as reports print them, spaced in a signature line (区　长　　庄红) or not (常务副区长张三).
describe("wordFinder(words, spaced)", () => {
  const words = ["区长", "副区长", "书记", "主任科员"];
  const global = new RegExp(words.map((w) => [...w].join("\\s*")).join("|"), "g");
  it.each(["会议由常务副区长张三主持，书记李四讲话", "区　长　　庄红", "主任 科员王五、区委书记", "没有职务的句子，区", ""])(
    "finds where a global alternation of spaced words finds, from every position of %j",
    (text) => {
      const find = wordFinder(words, true);
      for (let from = 0; from <= text.length; from++) {
        global.lastIndex = from;
        expect(find(text, from), `from ${from}`).toBe(global.exec(text)?.index ?? -1);
      }
    },
  );

  it("without spacing, a word split by a space is no word; one-character words are found by their character", () => {
    expect(wordFinder(["区长"], false)("区 长", 0)).toBe(-1);
    expect(wordFinder(["长", "区长"], false)("城区 长", 0)).toBe(3);
    expect(() => wordFinder([""], false)).toThrow(TypeError);
  });
});
