import { describe, expect, it } from "vitest";
import { parseSmallNumber } from "../../data/meta/year/anniversary.ts";

describe("parseSmallNumber", () => {
  it.each([
    ["25", 25],
    ["十", 10],
    ["十五", 15],
    ["二十五", 25],
    ["三十", 30],
    ["五", 5],
    ["", null],
    ["十十", null],
    ["abc", null],
  ] as const)("parseSmallNumber(%j) → %j", (text, expected) => {
    expect(parseSmallNumber(text)).toBe(expected);
  });
});
