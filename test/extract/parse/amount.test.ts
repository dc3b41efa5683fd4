import { describe, expect, it } from "vitest";
import { amountFromParts, parseAmount } from "../../../data/extract/parse/amount.ts";

describe("parseAmount(text)", () => {
  it.each([
    ["约6亿元", 6e8, "CNY", "approx"],
    ["43.31亿元", 4331000000, "CNY", null],
    ["5000万元", 5e7, "CNY", null],
    ["2205万美元", 22050000, "USD", null],
    ["十亿元", 1e9, "CNY", null],
    ["过亿元", 1e8, "CNY", "more_than"],
    ["亿元以上", 1e8, "CNY", "at_least"],
    ["百亿元以上", 1e10, "CNY", "at_least"],
    ["千亿元以上", 1e11, "CNY", "at_least"],
    ["突破2000亿", 2e11, "CNY", "at_least"],
    ["过50亿", 5e9, "CNY", "more_than"],
    ["百亿级", 1e10, "CNY", "at_least"],
    ["300万元", 3e6, "CNY", null],
    ["不超过5万元", 5e4, "CNY", "at_most"],
    ["不到1亿元", 1e8, "CNY", "less_than"],
  ])("parses %s → %d %s (%s)", (text, value, unit, qualifier) => {
    expect(parseAmount(text)).toEqual({ value, unit, qualifier });
  });

  it.each([["亿元"], ["5万"], ["61家"], ["4.7%"], ["十强"]])("returns null for %s, which is not money", (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it("throws TypeError on a non-string", () => {
    expect(() => parseAmount(null as unknown as string)).toThrow(TypeError);
  });
});

describe("amountFromParts(parts)", () => {
  it("writes unit_text as magnitude + currency (43.31 亿 元 → 亿元)", () => {
    expect(amountFromParts({ numeral: "43.31亿", currency: "元" })?.unit_text).toBe("亿元");
    expect(amountFromParts({ numeral: "2000亿" })?.unit_text).toBe("亿");
  });
});
