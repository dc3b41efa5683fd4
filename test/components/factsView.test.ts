// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { amountBars, factsTable, growthWithRanks } from "../../src/components/factsView.ts";
import type { SelectedFact } from "../../src/queries/facts.ts";

// 2024年全市地区生产总值增长6.1%，增速居全省第3位 (a city work report's sentence shape).
const fact = (over: Partial<SelectedFact>): SelectedFact => ({
  fact_id: "f1",
  doc_id: "d1",
  sentence_id: "s1",
  start: 0,
  end: 4,
  text: "增长6.1%",
  value: 6.1,
  unit: "percent",
  unit_text: "%",
  classifier: null,
  kind: "growth",
  qualifier: null,
  metric: "地区生产总值",
  period: null,
  is_target: false,
  region: null,
  year: 2024,
  title: "政府工作报告",
  file: "r.txt",
  ...over,
});

describe("growthWithRanks", () => {
  it("joins the first rank stated for the same metric in the same sentence", () => {
    const ranks = [
      { sentence_id: "s1", metric: "地区生产总值", rank: 3 },
      { sentence_id: "s1", metric: "地区生产总值", rank: 9 },
      { sentence_id: "s2", metric: "地区生产总值", rank: 1 },
    ];
    const out = growthWithRanks(
      [fact({}), fact({ fact_id: "f2", sentence_id: "s3" }), fact({ fact_id: "f3", kind: "amount", unit: "CNY" })],
      ranks,
    );
    expect(out.map((f) => [f.fact_id, f.rank])).toEqual([
      ["f1", 3],
      ["f2", null],
    ]);
  });
});

describe("amountBars and factsTable", () => {
  it("charts positive yuan amounts largest first, keyed by metric", () => {
    const bars = amountBars([
      fact({ fact_id: "a", unit: "CNY", kind: "amount", value: 1e8 }),
      fact({ fact_id: "b", unit: "CNY", kind: "amount", value: 5e9, metric: null, is_target: true }),
      fact({ fact_id: "c" }),
    ]);
    expect(bars.map((b) => [b.key, b.selectKey, b.group])).toEqual([
      ["b", "（未识别指标）", "目标值"],
      ["a", "地区生产总值", "实际值"],
    ]);
    expect(bars[0]!.href).toBe("/reports/d1#f-b");
  });
  it("links every value to its sentence, renders text as text and says when rows are cut", () => {
    const table = factsTable([fact({ text: "<b>增长6.1%</b>" }), fact({ fact_id: "f2" })], 1);
    expect(table.querySelectorAll("tbody tr")).toHaveLength(1);
    expect(table.querySelector("tbody a")?.getAttribute("href")).toBe("/reports/d1#f-f1");
    expect(table.querySelector("b")).toBeNull();
    expect(table.textContent).toContain("只显示前 1 行");
    expect(factsTable([]).textContent).toContain("当前筛选没有事实");
  });
});
