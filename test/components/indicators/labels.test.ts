import { describe, expect, it } from "vitest";
import { indicatorKey, indicatorKeyLabel, indicatorLabel, splitIndicatorKey } from "../../../src/components/indicators/labels.ts";

describe("indicator keys", () => {
  it("round-trips an indicator and measure through its key and labels it like indicatorLabel", () => {
    const key = indicatorKey({ indicator: "gdp", measure: "growth" });
    expect(key).toBe("gdp|growth");
    expect(splitIndicatorKey(key)).toEqual({ indicator: "gdp", measure: "growth" });
    expect(indicatorKeyLabel(key)).toBe(indicatorLabel("gdp", "growth"));
    expect(splitIndicatorKey("")).toEqual({ indicator: "", measure: "" });
  });
});
