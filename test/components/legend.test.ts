// @vitest-environment happy-dom
import * as d3 from "d3";
import { describe, expect, it } from "vitest";
import { roundAmounts, sizeLegend, swatches } from "../../src/components/legend.ts";

describe("swatches", () => {
  it("swatches(items) lists each label with its color and count", () => {
    const el = swatches(
      [
        { label: "签约", color: "#4e79a7", count: 3 },
        { label: "开工", color: "#f28e2c" },
      ],
      { title: "动作" },
    );
    expect(el.querySelector(".chart-legend-title")?.textContent).toBe("动作");
    expect([...el.querySelectorAll(".chart-legend-item")].map((i) => i.textContent)).toEqual(["签约（3）", "开工"]);
    expect(el.querySelector<HTMLElement>(".chart-legend-swatch")?.style.background).toContain("#4e79a7");
  });

  it("swatches marks items outside the active set as inactive", () => {
    const el = swatches(
      [
        { label: "企业", color: "red" },
        { label: "园区", color: "blue" },
      ],
      { active: new Set(["企业"]) },
    );
    expect([...el.querySelectorAll(".chart-legend-inactive")].map((i) => i.getAttribute("data-label"))).toEqual(["园区"]);
  });
});

describe("sizeLegend and roundAmounts", () => {
  it("roundAmounts(max) gives three powers of ten in yuan up to the maximum", () => {
    expect(roundAmounts(19_700_000_000)).toEqual([100_000_000, 1_000_000_000, 10_000_000_000]);
    expect(roundAmounts(0)).toEqual([]);
  });

  it("sizeLegend draws a circle per amount, labeled in 亿元", () => {
    const r = d3.scaleSqrt().domain([0, 19_700_000_000]).range([0, 14]);
    const svg = sizeLegend({ radius: r, values: roundAmounts(19_700_000_000) });
    expect(svg.querySelectorAll("circle")).toHaveLength(3);
    expect([...svg.querySelectorAll("g text")].map((t) => t.textContent)).toEqual(["100亿元", "10亿元", "1亿元"]);
  });
});
