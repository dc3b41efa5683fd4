import { column, table } from "../define.js";

/** Kinds of quantitative fact, with the Chinese label pages show. */
export const FACT_KINDS = {
  amount: "金额",
  count: "数量",
  growth: "增速",
  share: "占比",
  ratio: "比率",
  rank: "排名",
  measure: "度量",
  threshold: "门槛",
} as const;

/** Qualifiers of a number as written (null: exact). */
export const QUALIFIERS = {
  approx: "约",
  more_than: "超过",
  at_least: "以上",
  less_than: "不足",
  at_most: "以下",
} as const;

/**
 * Base units a fact's value is stored in, with their Chinese labels. A rate is `unit/per`
 * (CNY/t, CNY/mu, t/mu): the set is open, so `unit` is not an enum; labelUnit names rates too.
 */
export const UNITS: Readonly<Record<string, string>> = {
  CNY: "人民币元",
  USD: "美元",
  HKD: "港元",
  EUR: "欧元",
  JPY: "日元",
  GBP: "英镑",
  percent: "百分比",
  permille: "千分比",
  pp: "百分点",
  permille_point: "千分点",
  mu: "亩",
  ha: "公顷",
  m2: "平方米",
  km2: "平方公里",
  m3: "立方米",
  km: "公里",
  m: "米",
  t: "吨",
  t·km: "吨公里",
  jin: "斤",
  hp: "马力",
  "km/h": "公里/小时",
  kW: "千瓦",
  kWh: "千瓦时",
  TEU: "标准箱",
  day: "天",
  count: "个数",
  rank: "名次",
};

/** Chinese label of a base unit, rates included (CNY/t → 人民币元/吨); unknown units as written. */
export function labelUnit(unit: string): string {
  if (UNITS[unit]) return UNITS[unit];
  const [num, per] = unit.split("/");
  return per === undefined ? unit : `${UNITS[num!] ?? num}/${UNITS[per] ?? per}`;
}

/** Spans of a year a figure can cover. */
export const REF_PERIODS = {
  year: "全年",
  half: "半年",
  quarter: "季度",
  months: "累计月份",
  month: "月",
  date: "日",
} as const;

/** One quantity found in a sentence. */
export const facts = table({
  name: "facts",
  doc: "One row per quantity found in a sentence, normalized to a base unit.",
  label: "数据",
  provenance: true,
  columns: [
    column({ name: "fact_id", type: "VARCHAR", label: "编号", doc: "`<sentence_id>-f<start>` (start in code points), stable." }),
    column({ name: "doc_id", type: "VARCHAR", label: "报告编号", doc: "The document the fact was found in." }),
    column({ name: "sentence_id", type: "VARCHAR", label: "句子编号", doc: "The sentence the fact was found in." }),
    column({ name: "start", type: "INTEGER", label: "起点", doc: "Code-point offset of the number's first character in documents.text." }),
    column({ name: "end", type: "INTEGER", label: "终点", doc: "Code-point offset after the number's unit (exclusive)." }),
    column({ name: "text", type: "VARCHAR", label: "原文", doc: "Exact slice of the document text (number with unit)." }),
    column({
      name: "value",
      type: "DOUBLE",
      label: "数值",
      doc: "Value in the base unit (yuan, percent, kW, kWh, t, km2 …); for a range (3-5亿元), its lower bound.",
    }),
    column({
      name: "value_max",
      type: "DOUBLE",
      label: "上限",
      nullable: true,
      doc: "Upper bound of a range written with one unit (3-5亿元 → 5e8, value 3e8), else null.",
    }),
    column({
      name: "unit",
      type: "VARCHAR",
      label: "单位",
      doc: "Base unit of `value`: CNY and other ISO currency codes (CNY only where the text says 元), percent, permille (‰), pp, permille_point (千分点, a change of a ‰ rate), kW, kWh, t, km2 …; a rate is unit/per (CNY/t).",
    }),
    column({
      name: "unit_text",
      type: "VARCHAR",
      label: "原文单位",
      nullable: true,
      doc: "Unit as written (亿元, %, 个百分点, 家 …), or null.",
    }),
    column({ name: "classifier", type: "VARCHAR", label: "量词", nullable: true, doc: "Classifier for counts (个, 家, 项 …), or null." }),
    column({
      name: "kind",
      type: "VARCHAR",
      label: "类型",
      values: FACT_KINDS,
      doc: "What the number is: an amount, a count, a growth rate …; threshold: a bound that classifies what is counted (营收过百亿企业), never an amount.",
    }),
    column({
      name: "qualifier",
      type: "VARCHAR",
      label: "限定",
      nullable: true,
      nullLabel: "精确",
      values: QUALIFIERS,
      doc: "How the number is qualified in the text (约, 超过 …); null when exact.",
    }),
    column({
      name: "metric",
      type: "VARCHAR",
      label: "指标（原文）",
      nullable: true,
      nullLabel: "未识别",
      doc: "The thing measured as written, e.g. 地区生产总值, or null.",
    }),
    column({
      name: "period",
      type: "VARCHAR",
      label: "时期（原文）",
      nullable: true,
      nullLabel: "未注明",
      doc: "Period as written (上半年, 1-8月份, 2023年 …), or null.",
    }),
    column({ name: "is_target", type: "BOOLEAN", label: "目标", doc: "True for plans and goals (目标值), false for results (实际值)." }),
    column({
      name: "region",
      type: "VARCHAR",
      label: "地区",
      nullable: true,
      nullLabel: "地区不详",
      doc: "Region the number is about: the sentence's own place (…市增长x%, 全市平均), else the report's; or null.",
    }),
    column({ name: "region_code", type: "VARCHAR", label: "区划代码", nullable: true, doc: "Code of that region, or null." }),
    column({
      name: "region_path",
      type: "VARCHAR",
      label: "地区路径",
      nullable: true,
      doc: "Path of that region (广东省/深圳市), for filters by the hierarchy, or null.",
    }),
    column({
      name: "target_basis",
      type: "VARCHAR",
      label: "目标依据",
      nullable: true,
      doc: "Why is_target is what it is (section 二、2026年工作安排, list 主要预期目标为, cue 力争 …), or null.",
    }),
    column({
      name: "indicator",
      type: "VARCHAR",
      label: "指标",
      nullable: true,
      nullLabel: "未识别指标",
      doc: "Canonical indicator id (data/indicators/registry.ts: gdp, cpi, urban_jobs …), or null when none fits.",
    }),
    column({
      name: "value_low",
      type: "DOUBLE",
      label: "区间下限",
      nullable: true,
      doc: "Lower bound of the range the figure belongs to (5%—5.5%, 6-8亿元), in the base unit, else null.",
    }),
    column({ name: "value_high", type: "DOUBLE", label: "区间上限", nullable: true, doc: "Upper bound of that range, else null." }),
    column({
      name: "ref_year",
      type: "INTEGER",
      label: "所指年份",
      nullable: true,
      nullLabel: "年份不详",
      doc: "Year the figure refers to (absolute: 今年 in a 2026 report is 2026), or null when the text does not tell.",
    }),
    column({
      name: "ref_period",
      type: "VARCHAR",
      label: "所指时段",
      nullable: true,
      values: REF_PERIODS,
      doc: "Span within ref_year the figure covers, or null.",
    }),
    column({
      name: "ref_basis",
      type: "VARCHAR",
      label: "年份依据",
      nullable: true,
      doc: "How ref_year was resolved (explicit 2025年, 今年 → 2026, section 一、2025年工作回顾 …), or null.",
    }),
  ],
});
