// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { type BarDatum, barChart, tickValues, truncate } from "../../src/components/barChart.ts";
import { formatYuan } from "../../src/components/format.ts";

// Amounts from seeds/000 and seeds/002.
const DATA: BarDatum[] = [
  { key: "f1", label: "总投资额", value: 19700000000, href: "/reports/c2ae76dc4017bc46#f-1", group: "高新区" },
  { key: "f2", label: "地区生产总值", value: 4331000000, href: "/reports/45a71b88f5ba59cd#f-2", group: "经开区" },
  { key: "f3", label: "一般公共预算收入", value: 260000000, group: "经开区" },
];

describe("barChart", () => {
  it("draws one bar per datum with Chinese axis labels and a tooltip per bar", () => {
    const svg = barChart(DATA, { width: 640, xLabel: "金额（元，对数刻度）", yLabel: "指标", log: true, format: formatYuan });
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.querySelectorAll("rect.bar-mark")).toHaveLength(3);
    expect(svg.querySelector('[aria-label="x-axis label"]')?.textContent).toBe("金额（元，对数刻度）");
    expect(svg.querySelector('[aria-label="y-axis label"]')?.textContent).toBe("指标");
    expect(Array.from(svg.querySelectorAll('[aria-label="y-axis tick label"] text'), (t) => t.textContent)).toEqual([
      "总投资额",
      "地区生产总值",
      "一般公共预算收入",
    ]);
    expect(Array.from(svg.querySelectorAll("rect.bar-mark title"), (t) => t.textContent)).toEqual([
      "总投资额：197亿元",
      "地区生产总值：43.31亿元",
      "一般公共预算收入：2.6亿元",
    ]);
    expect(Array.from(svg.querySelectorAll(".bar-value"), (t) => t.textContent)).toContain("43.31亿元");
  });

  it("makes longer bars for larger values on a log scale", () => {
    const svg = barChart(DATA, { width: 640, xLabel: "金额", log: true });
    const widths = Array.from(svg.querySelectorAll("rect.bar-mark"), (r) => Number(r.getAttribute("width")));
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(widths[1]).toBeGreaterThan(widths[2]);
  });

  it("links each bar's value to the reader when the datum has an href", () => {
    const svg = barChart(DATA, { width: 640, xLabel: "金额" });
    expect(Array.from(svg.querySelectorAll("a"), (a) => a.getAttribute("href"))).toEqual([DATA[0].href, DATA[1].href]);
  });

  it("shows an empty state when no row is left, and drops non-positive values on a log scale", () => {
    const empty = barChart([], { width: 400, xLabel: "金额" });
    expect(empty.classList.contains("chart-empty")).toBe(true);
    expect(empty.textContent).toBe("当前筛选没有可绘制的数据");
    expect(barChart([{ key: "z", label: "零", value: 0 }], { width: 400, xLabel: "金额", log: true, empty: "无金额" }).textContent).toBe(
      "无金额",
    );
  });

  it("calls onSelect with the clicked bar, and with null when the selected bar is clicked again", () => {
    const onSelect = vi.fn();
    const svg = barChart(DATA, { width: 640, xLabel: "金额", selected: "f2", onSelect });
    const rects = svg.querySelectorAll("rect.bar-mark");
    rects[0].dispatchEvent(new Event("click"));
    rects[1].dispatchEvent(new Event("click"));
    expect(onSelect.mock.calls).toEqual([[DATA[0]], [null]]);
    expect(svg.querySelector(".bar.selected")?.getAttribute("data-key")).toBe("f2");
    expect(svg.querySelector(".bar.selected")?.getAttribute("data-select")).toBe("f2");
    expect(svg.querySelector(".bar.selected")?.getAttribute("fill-opacity")).toBe("1");
    expect(rects[0].getAttribute("fill-opacity")).toBe("0.35");
  });

  it("draws fewer x ticks at phone width (390 px)", () => {
    const ticks = (width: number) =>
      barChart(DATA, { width, xLabel: "金额" }).querySelectorAll('[aria-label="x-axis tick label"] text').length;
    expect(ticks(390)).toBeLessThan(ticks(1000));
    expect(ticks(390)).toBeGreaterThanOrEqual(2);
  });

  it("throws a TypeError for a non-positive width", () => {
    expect(() => barChart(DATA, { width: 0, xLabel: "金额" })).toThrow(TypeError);
  });
});

describe("truncate", () => {
  it.each([
    ["地区生产总值", 10, "地区生产总值"],
    ["规模以上工业企业营业收入", 6, "规模以上工…"],
  ])("truncate(%j, %d) → %j", (label, max, expected) => {
    expect(truncate(label, max)).toBe(expected);
  });
});

describe("tickValues", () => {
  it("keeps only powers of ten on a log scale, thinned to the count", async () => {
    const d3 = await import("d3");
    const x = d3.scaleLog().domain([1e7, 2e11]);
    expect(tickValues(x, 10, true)).toEqual([1e7, 1e8, 1e9, 1e10, 1e11]);
    expect(tickValues(x, 3, true)).toEqual([1e7, 1e9, 1e11]);
    expect(tickValues(d3.scaleLinear().domain([0, 10]), 5, false)).toEqual([0, 2, 4, 6, 8, 10]);
  });
});
