// Facts as extracted from the seed reports (seeds/: 济宁高新区 news 2017–2024; rows read from facts.parquet).
import { describe, expect, it } from "vitest";
import { isBriefingFigure } from "../../src/queries/briefingFacts.ts";

describe("isBriefingFigure", () => {
  it.each([
    ["约6亿元 年产值", { metric: "年产值", kind: "amount", unit: "CNY", qualifier: "approx" }, true],
    ["43.31亿元 地区生产总值", { metric: "地区生产总值", kind: "amount", unit: "CNY", qualifier: null }, true],
    ["增长7.7% 固定资产投资", { metric: "固定资产投资", kind: "growth", unit: "percent", qualifier: null }, true],
    ["培育营收过百亿企业3家: 过百亿 is a threshold", { metric: "营收", kind: "amount", unit: "CNY", qualifier: "more_than" }, false],
    ["2个百亿级大项目: 百亿级 is a size class", { metric: "大项目", kind: "amount", unit: "CNY", qualifier: "at_least" }, false],
    ["客商100名: a classifier count", { metric: "客商", kind: "count", unit: "count", qualifier: null }, false],
    ["an unidentified metric", { metric: null, kind: "amount", unit: "CNY", qualifier: null }, false],
    ["未识别指标", { metric: "未识别指标", kind: "amount", unit: "CNY", qualifier: null }, false],
    ["第2位: a rank", { metric: "地区生产总值", kind: "rank", unit: "rank", qualifier: null }, false],
  ])("%s → %s", (_, fact, expected) => {
    expect(isBriefingFigure(fact)).toBe(expected);
  });

  it("uses the identified indicator when the facts carry one", () => {
    expect(isBriefingFigure({ indicator: "gdp", metric: null, kind: "amount", unit: "CNY" })).toBe(true);
    expect(isBriefingFigure({ indicator: null, metric: "营收", kind: "amount", unit: "CNY" })).toBe(false);
    expect(isBriefingFigure({ indicator: "revenue", metric: "营收", kind: "amount", unit: "CNY", qualifier: "more_than" })).toBe(false);
  });
});
