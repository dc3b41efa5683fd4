import { describe, expect, it } from "vitest";
import { shiftDecimal } from "../../../data/extract/parse/decimal.ts";

describe("shiftDecimal(digits, exponent)", () => {
  it.each([
    ["43.31", 8, 4331000000],
    ["2.6", 8, 260000000],
    ["244.359", 0, 244.359],
    ["54.77", 8, 5477000000],
    ["1.2", 4, 12000],
    ["0.5", 1, 5],
    ["123", -2, 1.23],
    ["5", -3, 0.005],
  ])("moves the point of %s by %d → %d", (digits, exp, value) => {
    expect(shiftDecimal(digits, exp)).toBe(value);
  });

  it("is exact where float multiplication is not", () => {
    expect(4.35 * 100).not.toBe(435);
    expect(shiftDecimal("4.35", 2)).toBe(435);
    expect(0.07 * 1e8).not.toBe(7000000);
    expect(shiftDecimal("0.07", 8)).toBe(7000000);
  });

  it("throws TypeError on non-decimal input or a fractional exponent", () => {
    expect(() => shiftDecimal("4,331", 2)).toThrow(TypeError);
    expect(() => shiftDecimal("4.3", 1.5)).toThrow(TypeError);
  });
});
