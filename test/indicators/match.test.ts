import { describe, expect, it } from "vitest";
import { findIndicators, fits, kindFor, measureOf } from "../../data/indicators/match.ts";
import { INDICATOR_BY_ID, INDICATOR_LABELS, INDICATORS } from "../../data/indicators/registry.ts";

describe("the indicator registry", () => {
  it("has the indicators the analyst's table needs, each id and alias once", () => {
    for (const id of [
      "gdp",
      "general_budget_revenue",
      "tax_revenue",
      "fixed_asset_investment",
      "retail_sales",
      "industrial_value_added",
      "foreign_trade",
      "foreign_investment",
      "unemployment_rate",
      "cpi",
      "urban_jobs",
      "disposable_income",
      "rd_intensity",
      "energy_intensity",
      "grain_output",
      "population",
      "operating_revenue",
      "signed_projects",
      "total_investment",
      "above_scale_enterprises",
    ])
      expect(INDICATOR_BY_ID.has(id), id).toBe(true);
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    const aliases = INDICATORS.flatMap((i) => [...i.aliases, ...(i.growthAliases ?? [])]);
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(INDICATOR_LABELS.cpi).toBe("居民消费价格涨幅");
  });
});

describe("findIndicators", () => {
  it.each([
    ["单位地区生产总值能耗降低3%", ["energy_intensity"]],
    ["人均地区生产总值达到11万元", ["gdp_per_capita"]],
    // 国家统计局 2017 bulletin: 全年人均国内生产总值59660元 is per capita, not the GDP level.
    ["全年人均国内生产总值59660元", ["gdp_per_capita"]],
    ["地区生产总值（GDP）", ["gdp", "gdp"]],
    ["实际利用外资金额", ["foreign_investment"]],
    ["规模以上工业增加值、固定资产投资", ["industrial_value_added", "fixed_asset_investment"]],
    ["居民收入增长和经济增长同步", ["disposable_income", "gdp"]],
  ])("%s → %j", (text, ids) => {
    expect(findIndicators(text).map((h) => h.id)).toEqual(ids);
  });
  it("throws on a non-string", () => {
    expect(() => findIndicators(1 as unknown as string)).toThrow(TypeError);
  });
});

describe("measures", () => {
  const gdp = INDICATOR_BY_ID.get("gdp")!;
  it.each([
    ["growth", "percent", "growth"],
    ["amount", "CNY", "level"],
    ["share", "percent", null],
    ["growth", "pp", null],
    ["rank", "rank", null],
  ] as const)("gdp %s in %s → %s", (kind, unit, measure) => {
    expect(measureOf(gdp, kind, unit)).toBe(measure);
  });
  it("growth-only words name only a change; a CPI share is a rise", () => {
    expect(fits({ id: "gdp", growthOnly: true }, "amount", "CNY")).toBe(false);
    expect(fits({ id: "gdp", growthOnly: true }, "growth", "percent")).toBe(true);
    expect(kindFor("cpi", "share", "percent")).toBe("growth");
    expect(kindFor("unemployment_rate", "ratio", "percent")).toBe("ratio");
  });
  it("a CPI index level (指数为102.9%) stays a ratio and names no CPI change", () => {
    expect(kindFor("cpi", "ratio", "percent")).toBe("ratio");
    expect(fits({ id: "cpi", growthOnly: false }, "ratio", "percent")).toBe(false);
  });
});
