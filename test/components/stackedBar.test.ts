// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { formatYuan } from "../../src/components/format.ts";
import { type StackedDatum, stackedBar, stackSegments } from "../../src/components/stackedBar.ts";

// 2017 (济宁高新区): 签约 197亿元 on 9月22日, 开工 124.7亿元 on 11月11日; 2023: one more 开工.
const DATA: StackedDatum[] = [
  { year: 2017, action: "开工", value: 12_470_000_000, events: 1 },
  { year: 2017, action: "签约", value: 19_700_000_000, events: 1 },
  { year: 2023, action: "开工", value: 1_000_000_000, events: 2 },
  { year: 2020, action: "投产", value: 0, events: 1 },
];

const segments = (svg: SVGSVGElement) => [...svg.querySelectorAll(".stacked-bar-segment")];

describe("stackedBar", () => {
  it("stackedBar(data) draws one segment per year and action with a positive value", () => {
    const svg = stackedBar(DATA, { width: 600, format: formatYuan });
    expect(segments(svg).map((s) => `${s.getAttribute("data-year")}${s.getAttribute("data-action")}`)).toEqual([
      "2017签约",
      "2017开工",
      "2023开工",
    ]);
  });

  it("stackedBar stacks 开工 on top of 签约 and labels the year total", () => {
    const svg = stackedBar(DATA, { width: 600, format: formatYuan });
    const [sign, start] = segments(svg);
    expect(Number(start.getAttribute("y")) + Number(start.getAttribute("height"))).toBeCloseTo(Number(sign.getAttribute("y")), 5);
    expect([...svg.querySelectorAll(".stacked-bar-totals text")].map((t) => t.textContent)).toEqual(["321.7亿元", "10亿元"]);
  });

  it("stackedBar leaves the totals to the tooltip when they would not fit their bars (a phone)", () => {
    const svg = stackedBar(DATA, { width: 300, format: formatYuan });
    expect(svg.querySelectorAll(".stacked-bar-totals text")).toHaveLength(0);
    expect(segments(svg)).toHaveLength(3);
  });

  it("stackedBar keeps the empty years between the first and the last on the axis", () => {
    const svg = stackedBar(DATA, { width: 900 });
    const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')]
      .map((t) => t.textContent)
      .filter((t) => t?.endsWith("年"));
    expect(ticks).toEqual(["2017年", "2018年", "2019年", "2020年", "2021年", "2022年", "2023年"]);
  });

  it("stackedBar with years keeps every given year on the axis and adds years found in the data", () => {
    const svg = stackedBar(DATA, { width: 900, years: [2018, 2019] });
    const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')]
      .map((t) => t.textContent)
      .filter((t) => t?.endsWith("年"));
    expect(ticks).toEqual(["2017年", "2018年", "2019年", "2023年"]);
  });

  it("stackedBar tooltips say the year, the action, the amount and the number of events", () => {
    const svg = stackedBar(DATA, { width: 600, format: formatYuan });
    expect(segments(svg)[1].querySelector("title")?.textContent).toBe("2017年 · 开工\n124.7亿元\n1个事件");
  });

  it("stackedBar([]) and all-zero input show the empty state", () => {
    expect(stackedBar([], { width: 600 }).classList.contains("chart-empty")).toBe(true);
    expect(stackedBar([DATA[3]], { width: 600 }).classList.contains("chart-empty")).toBe(true);
  });

  it("stackSegments sums rows of the same year and action in key order", () => {
    const rows = stackSegments([...DATA, { year: 2017, action: "开工", value: 30, events: 1 }], ["签约", "开工"]);
    expect(rows[1]).toEqual({
      year: 2017,
      action: "开工",
      y0: 19_700_000_000,
      y1: 19_700_000_000 + 12_470_000_030,
      value: 12_470_000_030,
      events: 2,
    });
  });
});
