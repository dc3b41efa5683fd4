import { describe, expect, it } from "vitest";
import { charTest, isSpace, skipToAfter, skipToChar } from "../../data/engine/skip.ts";

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
