import { describe, expect, it } from "vitest";
import { parsePercent } from "../../../data/extract/parse/percent.ts";

describe("parsePercent(text)", () => {
  it.each([
    ["4.7%", 4.7],
    ["67.26%", 67.26],
    ["４.７％", 4.7],
    ["百分之九十", 90],
    ["100%", 100],
  ])("reads %s as %d", (text, value) => {
    expect(parsePercent(text)).toBe(value);
  });

  it("returns null for text that is not a percentage", () => {
    expect(parsePercent("4.7")).toBeNull();
    expect(parsePercent("百分之")).toBeNull();
  });
});
