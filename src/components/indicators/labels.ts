// Chinese names of the indicators (the same as data/indicators/registry.ts, which a test keeps in step)
// and of the scopes.

/** Indicator id → name, in the order pages list them. */
export const INDICATOR_NAMES: Readonly<Record<string, string>> = {
  gdp: "地区生产总值",
  gdp_per_capita: "人均地区生产总值",
  general_budget_revenue: "一般公共预算收入",
  tax_revenue: "税收收入",
  fixed_asset_investment: "固定资产投资",
  retail_sales: "社会消费品零售总额",
  industrial_value_added: "规模以上工业增加值",
  foreign_trade: "进出口总额",
  foreign_investment: "实际使用外资",
  unemployment_rate: "城镇调查失业率",
  cpi: "居民消费价格涨幅",
  urban_jobs: "城镇新增就业",
  disposable_income: "居民人均可支配收入",
  urban_disposable_income: "城镇居民人均可支配收入",
  rural_disposable_income: "农村居民人均可支配收入",
  rd_intensity: "研发经费投入强度",
  energy_intensity: "单位GDP能耗",
  grain_output: "粮食产量",
  population: "常住人口",
  operating_revenue: "营业收入",
  signed_projects: "签约项目",
  total_investment: "总投资",
  above_scale_enterprises: "规上企业数",
};

export const SCOPE_NAMES: Readonly<Record<string, string>> = { result: "实际", target: "目标" };

/** "地区生产总值·增速"; an unknown id is shown as it is. */
export function indicatorLabel(indicator: string, measure: string): string {
  const name = INDICATOR_NAMES[indicator] ?? indicator;
  // A growth-only indicator (CPI, 能耗) needs no measure suffix.
  if (indicator === "cpi" || indicator === "energy_intensity") return name;
  return measure === "growth" ? `${name}·增速` : name;
}

/** Position of an indicator in INDICATOR_NAMES (unknown ones last). */
export function indicatorOrder(indicator: string): number {
  const i = Object.keys(INDICATOR_NAMES).indexOf(indicator);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** Key of an indicator and measure in selects and URLs: "gdp|growth". */
export const indicatorKey = (c: { indicator: string; measure: string }): string => `${c.indicator}|${c.measure}`;

/** The indicator and measure of a key made by indicatorKey ("" for a missing part). */
export function splitIndicatorKey(key: string): { indicator: string; measure: string } {
  const [indicator = "", measure = ""] = key.split("|");
  return { indicator, measure };
}

/** Label of a key made by indicatorKey. */
export const indicatorKeyLabel = (key: string): string => {
  const { indicator, measure } = splitIndicatorKey(key);
  return indicatorLabel(indicator, measure);
};
