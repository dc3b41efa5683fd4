import { describe, expect, it } from "vitest";
import { parseMonthNumber } from "../../data/events/dates/number.ts";

describe("parseMonthNumber", () => {
  it.each([
    ["11", 11],
    ["9", 9],
    ["十一", 11],
    ["十二", 12],
    ["十", 10],
    ["正", 1],
    ["二十五", 25],
    ["三十", 30],
    ["三十一", 31],
    ["十五", 15],
    ["初五", 5],
  ])("parseMonthNumber(%j) → %i", (written, n) => {
    expect(parseMonthNumber(written)).toBe(n);
  });

  it.each(["", "一百", "abc", "四十"])("parseMonthNumber(%j) → NaN", (written) => {
    expect(parseMonthNumber(written)).toBeNaN();
  });
});
