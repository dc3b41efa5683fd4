// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { formatYuan } from "../../src/components/format.ts";
import { type LinePoint, lineChart } from "../../src/components/lineChart.ts";

// Cumulative investment of 济宁高新区 by action (2017 report).
const POINTS: LinePoint[] = [
  { date: "2017-09-22", value: 19_700_000_000, series: "签约", detail: ["与中科深圳先进院、红星美凯龙、中建八局等11家企业重点项目签约"] },
  { date: "2017-11-11", value: 12_470_000_000, series: "开工", detail: ["总投资达124.7亿元的20个重大项目集中开工"] },
  { date: "2023-03-01", value: 14_470_000_000, series: "开工" },
];

describe("lineChart", () => {
  it("lineChart(points) draws one path per series and one dot per point", () => {
    const svg = lineChart(POINTS, { width: 640 });
    expect([...svg.querySelectorAll(".line-chart-lines path")].map((p) => p.getAttribute("data-series")).sort()).toEqual(["开工", "签约"]);
    expect(svg.querySelectorAll(".line-chart-dot")).toHaveLength(3);
    expect(svg.querySelector('.line-chart-dot[data-date="2017-11-11"]')?.getAttribute("data-series")).toBe("开工");
  });

  it("lineChart puts larger values higher", () => {
    const svg = lineChart(POINTS, { width: 640 });
    const cy = (date: string) => Number(svg.querySelector(`.line-chart-dot[data-date="${date}"]`)?.getAttribute("cy"));
    expect(cy("2017-09-22")).toBeLessThan(cy("2017-11-11"));
  });

  it("lineChart links dots and shows the source clause as tooltip text", () => {
    const svg = lineChart(POINTS, {
      width: 640,
      format: formatYuan,
      href: (p) => `/reports/d#e-${p.series}`,
      formatDate: () => "2017年11月11日",
    });
    const dot = svg.querySelector('.line-chart-dot[data-date="2017-11-11"]')!;
    expect(dot.parentElement?.getAttribute("href")).toBe("/reports/d#e-开工");
    expect(dot.parentElement?.querySelector("title")?.textContent).toBe(
      "2017年11月11日 · 开工\n124.7亿元\n总投资达124.7亿元的20个重大项目集中开工",
    );
  });

  it("lineChart with step draws step segments (horizontal then vertical)", () => {
    const d = lineChart(POINTS.slice(1), { width: 640, step: true }).querySelector("path[data-series]")?.getAttribute("d") ?? "";
    expect(d.match(/L/g)?.length).toBe(2);
  });

  it("lineChart draws the line through points with dot: false but no dot for them", () => {
    const svg = lineChart([...POINTS, { date: "2024-01-01", value: 14_470_000_000, series: "开工", dot: false }], {
      width: 640,
      step: true,
    });
    expect(svg.querySelectorAll(".line-chart-dot")).toHaveLength(3);
    const d = svg.querySelector('path[data-series="开工"]')?.getAttribute("d") ?? "";
    expect(d.match(/L/g)?.length).toBe(4);
  });

  it("lineChart([]) and non-finite values show the empty state", () => {
    expect(lineChart([], { width: 640 }).classList.contains("chart-empty")).toBe(true);
    expect(lineChart([{ date: "2017-01-01", value: Number.NaN, series: "签约" }], { width: 640 }).classList.contains("chart-empty")).toBe(
      true,
    );
  });

  it("lineChart rejects a bad date with a TypeError", () => {
    expect(() => lineChart([{ date: "十一月", value: 1, series: "签约" }], { width: 640 })).toThrow(TypeError);
  });
});
