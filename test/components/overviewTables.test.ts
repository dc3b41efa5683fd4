// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { corpusChips, headlineTable, reportTable } from "../../src/components/overviewTables.ts";
import type { FactBrief, HeadlineRow, ReportSummary } from "../../src/contract/summary.ts";

// 「全市地区生产总值完成5088.9亿元，增长5.9%」 (a prefecture's 2024 statistical bulletin shape).
const fact = (over: Partial<FactBrief>): FactBrief => ({
  fact_id: "f1",
  doc_id: "d1",
  text: "5088.9亿元",
  value: 508_890_000_000,
  unit: "CNY",
  classifier: null,
  kind: "amount",
  qualifier: null,
  metric: "地区生产总值",
  period: null,
  is_target: false,
  ...over,
});
const report: ReportSummary = {
  doc_id: "d1",
  file: "bulletin.txt",
  title: "<i>统计公报</i>",
  subtitle: null,
  region: "济南市",
  region_short: "济南市",
  region_path: "山东省/济南市",
  year: 2024,
  chars: 12000,
  sentences: 300,
  facts: 120,
};

describe("overview tables", () => {
  it("links each report title to the reader and renders titles as text", () => {
    const table = reportTable([report]);
    expect(table.querySelector("a")?.getAttribute("href")).toBe("/reports/d1");
    expect(table.querySelector("i")).toBeNull();
    expect(reportTable([]).textContent).toContain("该地区没有报告");
    expect(
      corpusChips([{ region_short: "济南市", region_path: "山东省/济南市", year: null, reports: 1, chars: 12000, facts: 3 }]).textContent,
    ).toContain("年份不详");
  });
  it("links amount, growth and rank to their sentences and lists their words", () => {
    const row: HeadlineRow = {
      indicator: "地区生产总值",
      doc_id: "d1",
      region_short: "济南市",
      region_path: "山东省/济南市",
      year: 2024,
      period: null,
      amount: fact({}),
      growth: fact({ fact_id: "f2", text: "增长5.9%", value: 5.9, unit: "percent", kind: "growth" }),
      rank: null,
    };
    const table = headlineTable([row]);
    expect([...table.querySelectorAll("tbody a")].map((a) => a.getAttribute("href"))).toEqual(["/reports/d1#f-f1", "/reports/d1#f-f2"]);
    expect(table.querySelector("td.muted")?.textContent).toBe("5088.9亿元，增长5.9%");
    expect(headlineTable([]).textContent).toContain("没有识别出主要指标");
  });
});
