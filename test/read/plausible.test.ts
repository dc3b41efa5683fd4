import { describe, expect, it } from "vitest";
import { hasNul, junkReason, looksLikeGbText } from "../../data/read/index.ts";
import { encodeGbk } from "../fixtures/gbk.ts";

describe("junkReason", () => {
  it.each([
    ["seed prose", "一直以来，济宁经济技术开发区在市委、市政府的坚强领导下。\n", null],
    ["tabs and line breaks", "济宁\t高新区\r\n\f", null],
    ["one bell in 200 characters", `${"济".repeat(199)}\u0007`, null],
  ])("junkReason(%s) is null", (_name, text, expected) => {
    expect(junkReason(text)).toBe(expected);
  });

  it.each([
    ["C0 controls", "\u0001\u0002济宁"],
    ["C1 controls", "\u0085\u0090济宁"],
    ["replacement characters", "\ufffd\ufffd济宁"],
  ])("junkReason(%s) explains the share of junk", (_name, text) => {
    expect(junkReason(text)).toMatch(/looks binary: 2 of 4 characters \(50\.0%\)/);
  });
});

describe("hasNul", () => {
  it("hasNul finds a NUL anywhere and nothing in text", () => {
    expect(hasNul(Uint8Array.from([0x41, 0, 0x42]))).toBe(true);
    expect(hasNul(new TextEncoder().encode("济宁高新区"))).toBe(false);
  });
});

describe("looksLikeGbText", () => {
  it("looksLikeGbText(GBK seed sentence) is true", () => {
    const text = "济宁高新区聚焦“又高又新”主责主业,坚持稳中求进、以进促稳。";
    expect(looksLikeGbText(encodeGbk(text), text)).toBe(true);
  });

  it("looksLikeGbText(bytes mostly outside GB2312) is false", () => {
    // Lead 0x81 / trail 0x40 codes are GBK extension characters, rare in prose.
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0x81 : 0x40 + ((i >> 1) % 60)));
    const decoded = new TextDecoder("gb18030").decode(bytes);
    expect(looksLikeGbText(bytes, decoded)).toBe(false);
  });

  it("looksLikeGbText(text without Chinese) is false", () => {
    expect(looksLikeGbText(Uint8Array.from([0xa3, 0xa1]), "！")).toBe(false);
  });
});
