import { describe, expect, it } from "vitest";
import { parseChineseNumber, parseNumber, trailingMagnitude } from "../../../data/extract/parse/number.ts";

describe("parseChineseNumber(text)", () => {
  it.each([
    ["三", 3],
    ["两", 2],
    ["七", 7],
    ["十", 10],
    ["十三", 13],
    ["九十", 90],
    ["一百", 100],
    ["一百零五", 105],
    ["十亿", 1e9],
    ["百亿", 1e10],
    ["千亿", 1e11],
    ["亿", 1e8],
    ["一万二千", 12000],
    ["一亿二千万", 120000000],
    ["万亿", 1e12],
    ["三万亿", 3e12],
    ["二〇二三", 2023],
  ])("reads %s as %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([["一一"], ["十十"], ["百千"], [""], ["十强"]])("returns null for %s, which is not a numeral", (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });

  it("throws TypeError on a non-string", () => {
    expect(() => parseChineseNumber(3 as unknown as string)).toThrow(TypeError);
  });
});

describe("parseNumber(text)", () => {
  it.each([
    ["43.31", 43.31],
    ["10353", 10353],
    ["1,000", 1000],
    ["1.2万", 12000],
    ["5万", 50000],
    ["2000亿", 2e11],
    ["43.31亿", 4331000000],
    ["5千万", 5e7],
    ["十亿", 1e9],
    ["三", 3],
    // Plain decimals take a fast path; it must agree with the general reading.
    ["0.5", 0.5],
    ["007", 7],
    ["2023", 2023],
    ["1234567890123.25", 1234567890123.25],
  ])("reads %s as %d exactly", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([".5", "5.", "4.7.1", "", "1 000", "4.7%"])(
    "reads %j as nothing or as the general rule does, never as a plain decimal",
    (text) => {
      expect(parseNumber(text)).toBe(text === "1 000" ? 1000 : null);
    },
  );

  it("does not introduce float error when shifting magnitudes (0.07亿 → 7000000)", () => {
    expect(parseNumber("0.07亿")).toBe(7000000);
    expect(0.07 * 1e8).not.toBe(7000000);
  });
});

describe("trailingMagnitude(numeral)", () => {
  it.each([
    ["43.31亿", 8, "亿"],
    ["5000万", 4, "万"],
    ["三万亿", 12, "万亿"],
    ["300", 0, ""],
  ])("gives %s → 10^%d (%s)", (numeral, exponent, text) => {
    expect(trailingMagnitude(numeral)).toEqual({ exponent, text });
  });
});

describe("parseChineseNumber with a decimal point (点)", () => {
  it.each([
    ["七点五", 7.5],
    ["三点零五", 3.05],
    ["十二点五", 12.5],
    ["一点二亿", 1.2e8],
    ["四十三点三一亿", 4331000000],
  ])("%s → %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([["点五"], ["一点"], ["一点两"], ["一一点五"]])("%s is not a numeral", (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});
