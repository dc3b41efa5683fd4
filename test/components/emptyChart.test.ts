// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { EMPTY_MESSAGE, emptyChart } from "../../src/components/emptyChart.ts";

describe("emptyChart", () => {
  it("emptyChart(width, height) is an svg of that size saying no rows are left", () => {
    const svg = emptyChart(500, 120);
    expect(svg.getAttribute("viewBox")).toBe("0 0 500 120");
    expect(svg.classList.contains("chart-empty")).toBe(true);
    expect(svg.textContent).toBe(EMPTY_MESSAGE);
  });

  it("emptyChart sets a custom message as text", () => {
    expect(emptyChart(200, 100, "<i>无</i>").querySelector("i")).toBeNull();
  });

  it("emptyChart rejects a zero size", () => {
    expect(() => emptyChart(0, 100)).toThrow(TypeError);
  });
});
