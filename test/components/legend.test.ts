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
  it.each([
    [19_700_000_000, [2e9, 5e9, 1e10]],
    [12_470_000_000, [2e9, 5e9, 1e10]],
    [95_000_000_000, [1e10, 2e10, 5e10]],
    [30_000, [1e4, 2e4]],
    [0, []],
  ])("roundAmounts(%d) → %j", (max, expected) => {
    expect(roundAmounts(max)).toEqual(expected);
  });

  it("sizeLegend draws a circle per amount, smallest first, labeled in 亿元", () => {
    const r = d3.scaleSqrt().domain([0, 19_700_000_000]).range([0, 14]);
    const svg = sizeLegend({ radius: r, values: [1e10, 1e8, 1e9] });
    expect(svg.querySelectorAll("circle")).toHaveLength(3);
    expect([...svg.querySelectorAll("circle")].map((c) => Number(c.getAttribute("r")))).toEqual([r(1e8), r(1e9), r(1e10)]);
    expect([...svg.querySelectorAll("g text")].map((t) => t.textContent)).toEqual(["1亿元", "10亿元", "100亿元"]);
  });
});
