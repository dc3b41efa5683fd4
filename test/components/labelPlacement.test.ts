import { describe, expect, it } from "vitest";
import { placeLabels, textWidth } from "../../src/components/labelPlacement.ts";

describe("textWidth", () => {
  it("counts CJK characters as 1 em and Latin as 0.6 em", () => {
    expect(textWidth("济宁高新区", 10)).toBe(50);
    expect(textWidth("ABC", 10)).toBeCloseTo(18);
    expect(textWidth("小松(中国)", 10)).toBeCloseTo(52);
  });
});

describe("placeLabels", () => {
  it("keeps labels in priority order and drops those overlapping a kept one", () => {
    const kept = placeLabels([
      { id: "a", x: 0, y: 0, width: 50, height: 11 },
      { id: "b", x: 40, y: 5, width: 50, height: 11 }, // overlaps a
      { id: "c", x: 60, y: 0, width: 50, height: 11 }, // clear of a (and b was dropped)
      { id: "d", x: 0, y: 20, width: 50, height: 11 },
    ]);
    expect([...kept]).toEqual(["a", "c", "d"]);
  });
});
