import { describe, expect, it } from "vitest";
import { zhTimeTick } from "../../src/components/timeAxis.ts";

describe("zhTimeTick", () => {
  it.each([
    ["2017-01-01", "2017年"],
    ["2017-11-01", "11月"],
    ["2017-11-11", "11日"],
  ])("zhTimeTick(%s) → %s", (iso, label) => {
    expect(zhTimeTick(new Date(`${iso}T00:00:00Z`))).toBe(label);
  });
});
