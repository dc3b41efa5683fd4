// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { type Dot, dotPlot } from "../../src/components/dotPlot.ts";

// Growth rates and ranks of seeds/000: 地区生产总值 4.7% 第2位, 固定资产投资 7.7% 第2位, 规上工业增加值 12% 第2位.
const DOTS: Dot[] = [
  { key: "g1", category: "地区生产总值", value: 4.7, note: "第2位", href: "/reports/d#f-g1" },
  { key: "g2", category: "固定资产投资", value: 7.7, note: "第2位" },
  { key: "g3", category: "固定资产投资", value: 7.7, note: null },
  { key: "g4", category: "规上工业增加值", value: 12, note: "第2位" },
  { key: "g5", category: "降幅", value: -50 },
];

describe("dotPlot", () => {
  it("draws one dot per value and one row per category, with Chinese axis labels", () => {
    const svg = dotPlot(DOTS, { width: 600, xLabel: "同比增速（%）", yLabel: "指标" });
    expect(svg.querySelectorAll("circle.dot-mark")).toHaveLength(5);
    expect(Array.from(svg.querySelectorAll('[aria-label="y-axis tick label"] text'), (t) => t.textContent)).toEqual([
      "地区生产总值",
      "固定资产投资",
      "规上工业增加值",
      "降幅",
    ]);
    expect(svg.querySelector('[aria-label="x-axis label"]')?.textContent).toBe("同比增速（%）");
    expect(svg.querySelector('[aria-label="y-axis label"]')?.textContent).toBe("指标");
  });

  it("labels each dot with its value and rank, leaving out a label that would cover another", () => {
    const svg = dotPlot(DOTS, { width: 600, xLabel: "增速" });
    // g3 (7.7%) sits on g2 (7.7% · 第2位) in the same row: its value stays in the dot's tooltip.
    expect(Array.from(svg.querySelectorAll(".dot-label"), (t) => t.textContent)).toEqual([
      "4.7% · 第2位",
      "7.7% · 第2位",
      "12% · 第2位",
      "-50%",
    ]);
    expect(svg.querySelector('[data-key="g3"] title')?.textContent).toBe("固定资产投资：7.7%");
    expect(svg.querySelector("a")?.getAttribute("href")).toBe("/reports/d#f-g1");
  });

  it("puts negative values left of the zero rule", () => {
    const svg = dotPlot(DOTS, { width: 600, xLabel: "增速" });
    const zero = Number(svg.querySelector(".zero-rule line")?.getAttribute("x1"));
    const x = (key: string) => Number(svg.querySelector(`[data-key="${key}"]`)?.getAttribute("cx"));
    expect(x("g5")).toBeLessThan(zero);
    expect(x("g4")).toBeGreaterThan(x("g1"));
  });

  it("shows an empty state when no row is left", () => {
    const svg = dotPlot([{ key: "n", category: "x", value: Number.NaN }], { width: 300, xLabel: "增速" });
    expect(svg.classList.contains("chart-empty")).toBe(true);
    expect(svg.querySelectorAll("circle")).toHaveLength(0);
  });

  it("calls onSelect with the clicked dot", () => {
    const onSelect = vi.fn();
    const svg = dotPlot(DOTS, { width: 600, xLabel: "增速", onSelect });
    svg.querySelectorAll("circle.dot-mark")[3].dispatchEvent(new Event("click"));
    expect(onSelect).toHaveBeenCalledWith(DOTS[3]);
  });
});
