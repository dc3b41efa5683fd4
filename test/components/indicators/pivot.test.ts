// @vitest-environment happy-dom
// Cells as ingest builds them from the fixtures' 2026 work reports (山东, 浙江; test/fixtures/indicators).
import { describe, expect, it } from "vitest";
import { INDICATOR_LABELS } from "../../../data/indicators/registry.ts";
import { INDICATOR_NAMES, indicatorLabel } from "../../../src/components/indicators/labels.ts";
import { ledgerTable, verdict } from "../../../src/components/indicators/ledger.ts";
import { cellText, columnLabel, type PivotCell, pivot, pivotRecords } from "../../../src/components/indicators/pivot.ts";
import { seriesPoints } from "../../../src/components/indicators/series.ts";
import { analystTable } from "../../../src/components/indicators/table.ts";

const cell = (over: Partial<PivotCell>): PivotCell => ({
  region: null,
  indicator: "gdp",
  measure: "growth",
  ref_year: 2025,
  scope: "result",
  fact_id: "f",
  doc_id: "sd",
  value: 5.5,
  value_low: null,
  value_high: null,
  unit: "percent",
  qualifier: null,
  text: "5.5%",
  title: "2026年山东省政府工作报告",
  ...over,
});

const CELLS: PivotCell[] = [
  cell({ fact_id: "a" }),
  cell({ fact_id: "b", ref_year: 2026, scope: "target", value: 5, qualifier: "at_least", text: "5%以上" }),
  cell({ fact_id: "c", measure: "level", unit: "CNY", value: 10.3e12, text: "10.3万亿元" }),
  cell({
    fact_id: "d",
    indicator: "urban_jobs",
    measure: "level",
    ref_year: 2026,
    scope: "target",
    unit: "count",
    classifier: "人",
    value: 1_100_000,
    qualifier: "at_least",
    text: "110万人以上",
  }),
  cell({
    fact_id: "e",
    doc_id: "zj",
    title: "2026年浙江省政府工作报告",
    ref_year: 2026,
    scope: "target",
    value: 5,
    value_low: 5,
    value_high: 5.5,
    text: "5%",
  }),
];

describe("pivot", () => {
  const table = pivot(CELLS);
  it("years as columns, results before targets; one row per report and indicator while regions are unknown", () => {
    expect(table.columns.map((c) => c.key)).toEqual(["2025--result", "2026--target"]);
    expect(table.rows.map((r) => `${r.place}|${r.label}`)).toEqual([
      "2026年山东省政府工作报告|地区生产总值",
      "2026年山东省政府工作报告|地区生产总值·增速",
      "2026年山东省政府工作报告|城镇新增就业",
      "2026年浙江省政府工作报告|地区生产总值·增速",
    ]);
  });

  it("writes figures as an analyst does", () => {
    expect(CELLS.map(cellText)).toEqual(["5.5%", "5%以上", "10.3万亿元", "110万人以上", "5%–5.5%"]);
  });

  it("a count keeps the report's own classifier, none invented (云南省2026年政府工作报告: 新增规模以上工业企业755户)", () => {
    const firms = cell({ indicator: "industrial_firms", measure: "level", unit: "count", classifier: "户", value: 755, text: "755户" });
    expect(cellText(firms)).toBe("755户");
    expect(cellText({ ...firms, classifier: null })).toBe("755");
    const csv = pivotRecords(pivot([firms, CELLS[2]!]), (s) => s);
    expect(csv.rows.map((r) => r.单位)).toEqual(["人民币元", "户"]);
  });

  it("renders links to the sentences and a CSV with one column per year and scope", () => {
    const el = analystTable(table, { scopeName: (s) => (s === "result" ? "实际" : "目标"), note: (c) => c.text });
    expect([...el.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["地区或报告", "指标", "2025年实际", "2026年目标"]);
    const link = el.querySelector('a[data-fact="b"]') as HTMLAnchorElement;
    expect([link.textContent, link.getAttribute("href")]).toEqual(["5%以上", "/reports/sd#f-b"]);
    const csv = pivotRecords(table, (s) => (s === "result" ? "实际" : "目标"));
    expect(csv.columns).toEqual(["地区或报告", "指标", "单位", "2025年实际", "2025年实际（原文）", "2026年目标", "2026年目标（原文）"]);
    expect(csv.rows[3]).toMatchObject({ 指标: "地区生产总值·增速", "2026年目标": "5–5.5" });
  });

  it("a half year and an unknown year get columns of their own (seed 000: 上半年, no year)", () => {
    const seed = pivot([
      cell({ fact_id: "h", ref_year: null, period: "上半年", measure: "level", unit: "CNY", value: 4.331e9, text: "43.31亿元" }),
    ]);
    expect(seed.columns.map((c) => columnLabel(c, (s) => (s === "result" ? "实际" : "目标")))).toEqual(["年份不详上半年实际"]);
  });

  it("series points: one per cell of the indicator, ranges at their middle", () => {
    const points = seriesPoints(CELLS, "gdp", "growth", (s) => s);
    expect(points.map((p) => [p.series, p.value, p.date])).toEqual([
      ["2026年山东省政府工作报告·result", 5.5, "2025-07-01"],
      ["2026年山东省政府工作报告·target", 5, "2026-07-01"],
      ["2026年浙江省政府工作报告·target", 5.25, "2026-07-01"],
    ]);
  });
});

describe("labels", () => {
  it("name every indicator of the registry the same way", () => {
    expect(INDICATOR_NAMES).toEqual(INDICATOR_LABELS);
    expect(indicatorLabel("cpi", "growth")).toBe("居民消费价格涨幅");
  });
});

describe("ledgerTable", () => {
  it("links both figures and says whether the target was met", () => {
    const el = ledgerTable([
      {
        region: "浙江省",
        label: "地区生产总值·增速",
        year: 2026,
        target_fact_id: "t",
        target_doc_id: "a",
        target_value: 5,
        target_low: 5,
        target_high: 5.5,
        target_qualifier: null,
        unit: "percent",
        classifier: null,
        result_fact_id: "r",
        result_doc_id: "b",
        result_value: 5.2,
        gap: 0.2,
        met: true,
      },
    ]);
    expect([...el.querySelectorAll("tbody td")].map((td) => td.textContent)).toEqual([
      "浙江省",
      "地区生产总值·增速",
      "2026年",
      "5%–5.5%",
      "5.2%",
      "+0.2",
      "完成",
    ]);
    expect(verdict(null)).toBe("尚无实际值");
  });
});
