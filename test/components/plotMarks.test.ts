// @vitest-environment happy-dom
import * as Plot from "@observablehq/plot";
import { describe, expect, it, vi } from "vitest";
import { plotChart, tagged } from "../../src/components/plotMarks.ts";

// Growth rates of seeds/000 (济宁经开区, 2023): 地区生产总值 4.7%, 固定资产投资 7.7%.
const ROWS = [
  { metric: "地区生产总值", value: 4.7 },
  { metric: "固定资产投资", value: 7.7 },
];

describe("plotChart", () => {
  it("returns Plot's <svg> with the site's classes first, role img and the aria-label", () => {
    const svg = plotChart({ width: 390, marks: [Plot.dot(ROWS, { x: "value", y: "metric" })] }, "dot-plot", "增速点图");
    expect(svg.getAttribute("class")).toMatch(/^chart dot-plot plot-/);
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("增速点图");
  });

  it("refuses options that make Plot return a <figure>", () => {
    expect(() => plotChart({ title: "标题", marks: [Plot.dot(ROWS, { x: "value" })] }, "dot-plot", "x")).toThrow(TypeError);
  });
});

describe("tagged", () => {
  it("gives each drawn element its class, data attributes and a click handler with its row", () => {
    const onClick = vi.fn();
    const svg = plotChart(
      {
        width: 390,
        marks: [
          Plot.dot(ROWS, {
            x: "value",
            y: "metric",
            title: "metric",
            render: tagged(ROWS, "dot-mark", { attrs: (d) => ({ "data-metric": d.metric, "data-none": null }), onClick }),
          }),
        ],
      },
      "dot-plot",
      "增速",
    );
    const dots = [...svg.querySelectorAll("circle.dot-mark")];
    expect(dots.map((d) => d.getAttribute("data-metric"))).toEqual(["地区生产总值", "固定资产投资"]);
    expect(dots[0]!.hasAttribute("data-none")).toBe(false);
    expect(svg.querySelectorAll("title.dot-mark")).toHaveLength(0);
    dots[1]!.dispatchEvent(new Event("click"));
    expect(onClick).toHaveBeenCalledWith(ROWS[1]);
  });

  it("tags a line's path by the first row of its series", () => {
    const points = [
      { year: 2022, value: 1, series: "签约" },
      { year: 2023, value: 2, series: "签约" },
      { year: 2023, value: 3, series: "开工" },
    ];
    const svg = plotChart(
      {
        marks: [
          Plot.line(points, {
            x: "year",
            y: "value",
            z: "series",
            render: tagged(points, "line", { attrs: (p) => ({ "data-series": p.series }) }),
          }),
        ],
      },
      "line-chart",
      "折线",
    );
    expect([...svg.querySelectorAll("path.line")].map((p) => p.getAttribute("data-series")).sort()).toEqual(["开工", "签约"]);
  });
});
