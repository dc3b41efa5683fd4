// The indicators analysts tabulate from regional reports: one canonical id per indicator, its
// Chinese name, the words reports use for it and what kinds of figure it takes.
//
// Definitions follow 国家统计局 (National Bureau of Statistics of China):《中国统计年鉴》“主要统计指标
// 解释” (地区生产总值, 固定资产投资, 社会消费品零售总额, 规模以上工业增加值, 居民消费价格指数, 城镇调查
// 失业率, 居民人均可支配收入, 研究与试验发展经费投入强度, 单位GDP能耗, 粮食产量, 常住人口) and the notes to
// 《中华人民共和国国民经济和社会发展统计公报》; fiscal indicators (一般公共预算收入, 税收收入) follow 财政部
// 《政府收支分类科目》; 实际使用外资 follows 商务部 foreign-investment statistics (reported in 元 or 美元).
// The zone indicators (营业收入, 签约项目, 总投资, 规上企业数) are how development-zone news reports
// their own results; they have no national definition.

/** What a figure of an indicator is: its level (an amount, count, rate …) or its change. */
export type Measure = "level" | "growth";

/** One canonical indicator. */
export interface Indicator {
  /** Stable id, lower-case ASCII (also the column value facts.indicator). */
  id: string;
  /** Chinese name shown on pages. */
  name: string;
  /** Words reports use, longest matched first; an alias ending nearest before a number names it. */
  aliases: readonly string[];
  /** Aliases that only name the indicator's growth (经济增长 names GDP growth, never its level). */
  growthAliases?: readonly string[];
  /** Base units a level takes (facts.unit); empty when the indicator is only reported as a change. */
  levelUnits: readonly string[];
  /** Whether a change of it is reported (增长5%, 下降3%). */
  growth: boolean;
  /**
   * Whether reports add its yearly amounts up over a five-year period (实现进出口总额1.4万亿元 over 十四五, 实际使用
   * 外资263亿美元 over five years): in a five-year look-back its bare amount may be the period's total.
   */
  summedOverYears?: boolean;
}

export const INDICATORS: readonly Indicator[] = [
  {
    id: "gdp",
    name: "地区生产总值",
    aliases: ["地区生产总值", "国内生产总值", "生产总值", "经济总量", "GDP"],
    growthAliases: ["经济增长", "经济增速"],
    levelUnits: ["CNY"],
    growth: true,
  },
  {
    id: "gdp_per_capita",
    name: "人均地区生产总值",
    aliases: ["人均地区生产总值", "人均国内生产总值", "人均生产总值", "人均GDP"],
    levelUnits: ["CNY", "USD"],
    growth: true,
  },
  {
    id: "general_budget_revenue",
    name: "一般公共预算收入",
    aliases: ["地方一般公共预算收入", "一般公共预算收入", "地方级一般公共预算收入"],
    levelUnits: ["CNY"],
    growth: true,
    summedOverYears: true,
  },
  { id: "tax_revenue", name: "税收收入", aliases: ["税收收入"], levelUnits: ["CNY"], growth: true, summedOverYears: true },
  {
    id: "fixed_asset_investment",
    name: "固定资产投资",
    aliases: ["全社会固定资产投资", "固定资产投资", "固投"],
    levelUnits: ["CNY"],
    growth: true,
    summedOverYears: true,
  },
  {
    id: "retail_sales",
    name: "社会消费品零售总额",
    aliases: ["社会消费品零售总额", "社会消费品零售额", "社零总额"],
    levelUnits: ["CNY"],
    growth: true,
    summedOverYears: true,
  },
  {
    id: "industrial_value_added",
    name: "规模以上工业增加值",
    aliases: ["规模以上工业增加值", "规上工业增加值"],
    levelUnits: ["CNY"],
    growth: true,
  },
  {
    id: "foreign_trade",
    name: "进出口总额",
    aliases: [
      "外贸进出口总额",
      "货物贸易进出口总额",
      "进出口总额",
      "进出口总值",
      "外贸进出口",
      "货物进出口",
      "货物贸易进出口",
      "进出口",
      "外贸",
    ],
    levelUnits: ["CNY", "USD"],
    growth: true,
    summedOverYears: true,
  },
  {
    id: "foreign_investment",
    name: "实际使用外资",
    aliases: ["实际使用外资", "实际利用外资", "实际使用外商直接投资", "实际利用外商直接投资"],
    levelUnits: ["CNY", "USD"],
    growth: true,
    summedOverYears: true,
  },
  {
    id: "unemployment_rate",
    name: "城镇调查失业率",
    aliases: ["城镇调查失业率", "调查失业率", "城镇登记失业率", "失业率"],
    levelUnits: ["percent"],
    growth: false,
  },
  {
    id: "cpi",
    name: "居民消费价格涨幅",
    aliases: ["居民消费价格指数", "居民消费价格", "消费价格", "CPI"],
    levelUnits: [],
    growth: true,
  },
  { id: "urban_jobs", name: "城镇新增就业", aliases: ["城镇新增就业", "新增城镇就业"], levelUnits: ["count"], growth: false },
  {
    id: "disposable_income",
    name: "居民人均可支配收入",
    aliases: ["全体居民人均可支配收入", "居民人均可支配收入", "人均可支配收入"],
    growthAliases: ["居民收入"],
    levelUnits: ["CNY"],
    growth: true,
  },
  {
    id: "urban_disposable_income",
    name: "城镇居民人均可支配收入",
    aliases: ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"],
    levelUnits: ["CNY"],
    growth: true,
  },
  {
    id: "rural_disposable_income",
    name: "农村居民人均可支配收入",
    aliases: ["农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入"],
    levelUnits: ["CNY"],
    growth: true,
  },
  {
    id: "rd_intensity",
    name: "研发经费投入强度",
    aliases: ["研究与试验发展经费投入强度", "研究与试验发展（R&D）经费投入强度", "R&D经费投入强度", "研发经费投入强度", "研发投入强度"],
    levelUnits: ["percent"],
    growth: false,
  },
  {
    id: "energy_intensity",
    name: "单位GDP能耗",
    aliases: ["单位地区生产总值能耗", "单位生产总值能耗", "单位GDP能耗", "单位地区生产总值能源消耗", "单位生产总值能源消耗"],
    levelUnits: [],
    growth: true,
  },
  // Reports give grain in 万吨 or in 亿斤 (jin): both are levels; the table shows tonnes (LEVEL_UNIT_CONVERSIONS).
  { id: "grain_output", name: "粮食产量", aliases: ["粮食总产量", "粮食产量", "粮食总产"], levelUnits: ["t", "jin"], growth: true },
  {
    id: "population",
    name: "常住人口",
    aliases: ["年末常住人口", "常住人口", "年末全国人口", "年末总人口", "全国人口"],
    levelUnits: ["count"],
    growth: true,
  },
  { id: "operating_revenue", name: "营业收入", aliases: ["营业收入", "营收"], levelUnits: ["CNY"], growth: true },
  { id: "signed_projects", name: "签约项目", aliases: ["签约项目"], levelUnits: ["count", "CNY"], growth: false },
  {
    id: "total_investment",
    name: "总投资",
    aliases: ["总投资额", "总投资金额", "总投资"],
    levelUnits: ["CNY"],
    growth: false,
    summedOverYears: true,
  },
  {
    id: "above_scale_enterprises",
    name: "规上企业数",
    aliases: ["规模以上工业企业", "规上工业企业", "规模以上企业", "规上企业"],
    levelUnits: ["count"],
    growth: false,
  },
];

/**
 * Level units the analyst's table converts, so one indicator's cells share a unit: 斤 to tonnes
 * (市制: 1 市斤 = 500 克, 国务院《关于统一我国计量制度的命令》1959; 1 t = 2000 斤, divided so whole
 * numbers stay exact).
 */
export const LEVEL_UNIT_CONVERSIONS: Readonly<Record<string, { unit: string; divisor: number; label: string }>> = {
  jin: { unit: "t", divisor: 2000, label: "斤 → 吨 (1 t = 2000 斤)" },
};

/**
 * Words that name an indicator only in a context (data/extract/attribution/indicator.ts reads them when no
 * alias of INDICATORS names a figure):
 * - 新增就业 is 城镇新增就业 when its clause is a region's labour-market figure (城镇累计新增就业239.2万人;
 *   新增就业32.7万人), not jobs a project or firm brings (带动新增就业500人) and not 新增就业岗位.
 * - 产量/总产量/总产 is 粮食产量 as the next item after 粮食 and its sown area (粮食播种面积1530万亩、总产量125亿斤).
 */
export const CONTEXT_ALIASES = {
  urbanJobs: {
    id: "urban_jobs",
    alias: /新增就业(?!岗位)/g,
    /** Words before it in its clause that make the jobs a project's or a group's, not the region's. */
    notAfter: /带动|吸纳|提供|创造|解决|项目|企业|农村|转移|高校|毕业生|返乡/,
  },
  grainOutput: {
    id: "grain_output",
    /** 粮食, optionally its sown area figure as one item, then the output word ending the text before the number. */
    pattern: /粮食(?:(?:播种|种植)面积[^、，,；;。]{0,20}[、，,])?(?:总产量|总产|产量)[^、，,；;。\d]{0,6}$/,
  },
} as const;

/** Chinese name of each indicator id, for pages and the lead's label map. */
export const INDICATOR_LABELS: Readonly<Record<string, string>> = Object.fromEntries(INDICATORS.map((i) => [i.id, i.name]));

/** Indicator by id. */
export const INDICATOR_BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.id, i]));
