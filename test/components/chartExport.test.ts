// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { barChart } from "../../src/components/barChart.ts";
import { chartFileName, size, svgString } from "../../src/components/chartExport.ts";
import { formatYuan } from "../../src/components/format.ts";
import { lineChart } from "../../src/components/lineChart.ts";

// Cumulative investment of 济宁高新区 by action (2017 report, seeds/).
const POINTS = [
  { date: "2017-09-22", value: 19_700_000_000, series: "签约" },
  { date: "2017-11-11", value: 12_470_000_000, series: "开工" },
];

describe("svgString", () => {
  it("writes a standalone SVG with the Chinese labels and without Plot's tooltip", () => {
    const svg = lineChart(POINTS, { width: 480, yLabel: "累计投资（元）", format: formatYuan });
    document.body.append(svg);
    expect(svg.querySelector('g[aria-label="tip"]')).not.toBeNull();
    const text = svgString(svg);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain("累计投资（元）");
    expect(text).toContain("2017年");
    expect(text).not.toContain('aria-label="tip"');
    expect(text).toContain('font-family="&quot;PingFang SC&quot;');
    svg.remove();
  });

  it("sizes and names the file from the chart", () => {
    const svg = barChart([{ key: "a", label: "地区生产总值", value: 4_331_000_000 }], { width: 390, xLabel: "金额" });
    expect(size(svg).width).toBe(390);
    expect(chartFileName(svg, "png")).toMatch(/-bar-chart\.png$/);
  });
});
