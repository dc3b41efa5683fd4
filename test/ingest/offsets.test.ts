import { describe, expect, it } from "vitest";
import { CodePoints } from "../../data/ingest/index.ts";

// 𠀀 (U+20000) and 𡈽 (U+2123D) are astral: two UTF-16 units, one code point.
const TEXT = "济𠀀宁高新区𡈽2023年";

describe("CodePoints", () => {
  it("CodePoints.length counts code points", () => {
    expect(new CodePoints(TEXT).length).toBe([...TEXT].length);
  });

  it("CodePoints.toCodePoint and toUtf16 are inverse at every character boundary", () => {
    const cp = new CodePoints(TEXT);
    let u16 = 0;
    [...TEXT].forEach((ch, i) => {
      expect(cp.toCodePoint(u16)).toBe(i);
      expect(cp.toUtf16(i)).toBe(u16);
      u16 += ch.length;
    });
    expect(cp.toCodePoint(TEXT.length)).toBe(cp.length);
    expect(cp.toUtf16(cp.length)).toBe(TEXT.length);
  });

  it("CodePoints.slice reads code-point ranges like [...text].slice", () => {
    const cp = new CodePoints(TEXT);
    for (let s = 0; s <= cp.length; s++) for (let e = s; e <= cp.length; e++) expect(cp.slice(s, e)).toBe([...TEXT].slice(s, e).join(""));
  });

  it("CodePoints on BMP-only text is the identity", () => {
    const cp = new CodePoints("上半年，实现地区生产总值43.31亿元");
    expect([cp.toCodePoint(7), cp.toUtf16(7), cp.length]).toEqual([7, 7, 19]);
  });

  it.each([
    ["inside a surrogate pair", (cp: CodePoints) => cp.toCodePoint(2)],
    ["past the end", (cp: CodePoints) => cp.toCodePoint(TEXT.length + 1)],
    ["a negative offset", (cp: CodePoints) => cp.toUtf16(-1)],
    ["a fractional offset", (cp: CodePoints) => cp.toUtf16(1.5)],
  ])("CodePoints throws a RangeError for %s", (_name, call) => {
    expect(() => call(new CodePoints(TEXT))).toThrow(RangeError);
  });
});
