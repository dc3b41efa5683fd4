// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { comparePanel, compareRegions, compareTable, keyOrder, labelFacts, rankMetrics, rowKey } from "../../src/components/compareView.ts";
import type { CompareFact } from "../../src/queries/compare.ts";

// 「全省地区生产总值增长5.4%」 in two provinces' 2026 work reports (Shandong, Zhejiang).
const f = (over: Partial<CompareFact>): CompareFact => ({
  fact_id: "f1",
  doc_id: "d1",
  sentence_id: "s1",
  start: 8,
  end: 14,
  text: "增长5.4%",
  value: 5.4,
  unit: "percent",
  unit_text: "%",
  classifier: null,
  kind: "growth",
  qualifier: null,
  period: null,
  ref_period: null,
  is_target: false,
  region: "山东省",
  title: "2026年山东省政府工作报告",
  indicator: "gdp",
  year: 2025,
  sentence: "全省地区生产总值增长5.4%",
  s_start: 0,
  ...over,
});
const facts = labelFacts([
  f({}),
  f({ fact_id: "f2", region: "浙江省", value: 5.5, text: "增长5.5%", year: 2025 }),
  f({ fact_id: "f3", region: "浙江省", value: 5, is_target: true, year: 2026, text: "增长5%" }),
  f({ fact_id: "f4", region: null, kind: "amount", unit: "CNY", value: 1e12, year: null }),
]);

describe("compare shaping", () => {
  it("ranks metrics reported by more regions first", () => {
    expect(rankMetrics(facts).map((m) => [m.zones, m.count])).toEqual([
      [2, 3],
      [1, 1],
    ]);
    expect(compareRegions(facts)).toEqual(["浙江省", "山东省", "地区未定"]);
  });
  it("orders rows by year with unknown years last", () => {
    expect(keyOrder(facts)).toEqual(["2025年", "2026年", "年份不详"]);
    expect(rowKey({ year: 2025, period: "上半年", ref_period: "half" })).toBe("2025年 上半年");
    // 福建省2026年政府工作报告「2025年全省地区生产总值60199.45亿元」: the year written out is the year's own row.
    expect(rowKey({ year: 2025, period: "2025年", ref_period: "year" })).toBe("2025年");
    expect(rowKey({ year: 2026, period: "今年", ref_period: "year" })).toBe("2026年");
    expect(rowKey({ year: null, period: "上半年", ref_period: "half" })).toBe("年份不详 上半年");
  });
  it("links each value to its fact and each sentence to the reader, value highlighted", () => {
    const table = compareTable(facts.slice(0, 3), ["浙江省", "山东省"]);
    expect([...table.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-fact-id"))).toEqual(["f2", "f3", "f1"]);
    expect(table.querySelector('tr[data-fact-id="f3"]')?.textContent).toContain("（目标）");
    expect(table.querySelector('tr[data-fact-id="f1"] a')?.getAttribute("href")).toBe("/reports/d1#f-f1");
    expect(table.querySelector('tr[data-fact-id="f1"] .hl-amount')?.textContent).toBe("增长5.4%");
  });
  it("draws one panel per region with bars linked to their facts", () => {
    const svg = comparePanel("percent", facts.slice(0, 3), { width: 600, facets: ["浙江省", "山东省"], color: () => "red" });
    expect(svg.querySelector('a[href="/reports/d1#f-f2"]')).not.toBeNull();
  });
});
