// Units: currencies, measure units, money context and count classifiers (quantity domain; re-exported by ../lexicon.ts).

import type { FactUnit } from "../../types.ts";

/** Currency words: written form → ISO code. A value is CNY only where the text says 元 (or 人民币). */
export const CURRENCIES: Readonly<Record<string, string>> = {
  元人民币: "CNY",
  人民币: "CNY",
  美元: "USD",
  港元: "HKD",
  港币: "HKD",
  欧元: "EUR",
  日元: "JPY",
  英镑: "GBP",
  元: "CNY",
};
/** Currency alternation, longest first. */
export const CURRENCY = Object.keys(CURRENCIES)
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * Measure units: written form → base unit and the power of ten to the base unit. Base units:
 * kW for power (兆瓦 = 10^3 kW), kWh for energy (度电 is a kWh), km2, ha, m2, m3, t, kg-free
 * weights in t (公斤 = 10^-3 t), 斤 kept as jin (a factor of 0.5 kg is not a power of ten) and so 担 (100 斤), TEU.
 */
export const MEASURE_UNITS: Readonly<Record<string, { unit: FactUnit; exponent: number }>> = {
  公里每小时: { unit: "km/h", exponent: 0 },
  千米每小时: { unit: "km/h", exponent: 0 },
  平方公里: { unit: "km2", exponent: 0 },
  平方千米: { unit: "km2", exponent: 0 },
  平方米: { unit: "m2", exponent: 0 },
  平米: { unit: "m2", exponent: 0 },
  立方米: { unit: "m3", exponent: 0 },
  公顷: { unit: "ha", exponent: 0 },
  千瓦时: { unit: "kWh", exponent: 0 },
  兆瓦时: { unit: "kWh", exponent: 3 },
  "度(?=电)": { unit: "kWh", exponent: 0 },
  "(?<=[万亿]\\s*)度": { unit: "kWh", exponent: 0 },
  千瓦: { unit: "kW", exponent: 0 },
  兆瓦: { unit: "kW", exponent: 3 },
  吉瓦: { unit: "kW", exponent: 6 },
  公里: { unit: "km", exponent: 0 },
  千米: { unit: "km", exponent: 0 },
  马力: { unit: "hp", exponent: 0 },
  亩: { unit: "mu", exponent: 0 },
  公斤: { unit: "t", exponent: -3 },
  千克: { unit: "t", exponent: -3 },
  吨: { unit: "t", exponent: 0 },
  斤: { unit: "jin", exponent: 0 },
  // 市担 = 100 斤 (收购烟叶21.43万担); not the 担 of 担保, 担任, 担当, 担负 (1000万担保资金).
  "担(?![保任当负心纲])": { unit: "jin", exponent: 2 },
  标准箱: { unit: "TEU", exponent: 0 },
  // 标箱 is the short form ports use (183.35万标箱); 标准箱 wins where written in full.
  标箱: { unit: "TEU", exponent: 0 },
  // Freight turnover (水运周转量9000亿吨公里): not a weight, so 吨 must not end it.
  吨公里: { unit: "t·km", exponent: 0 },
  TEU: { unit: "TEU", exponent: 0 },
  米: { unit: "m", exponent: 0 },
};
/** Measure unit alternation, longest first so 公里每小时 wins over 公里 and 平方米 over 米. */
export const MEASURE_UNIT = Object.keys(MEASURE_UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** The MEASURE_UNITS entry of a unit as written (the keys of 度 and 担 carry lookarounds). */
export function measureUnit(written: string): { unit: string; exponent: number } | undefined {
  if (written === "度") return { unit: "kWh", exponent: 0 };
  if (written === "担") return { unit: "jin", exponent: 2 };
  return MEASURE_UNITS[written];
}

/**
 * Words that make a bare 亿 (no 元) money when they come earlier in the clause (commas and 、 lists
 * included, up to the previous ，。；): 总产值突破2000亿, 营收过百亿企业3家、过50亿2家. Without one,
 * 人口1.4亿 or 吞吐量突破1亿 is not yuan.
 */
export const MONEY_CONTEXT =
  /产值|投资|收入|营收|营业额|销售|总额|资金|税收|税|利润|利税|消费|生产总值|GDP|增加值|融资|贷款|存款|进出口|出口|进口|资产|预算|财政|支出|成本|基金|规模|效益|价值|交易|成交|金额|造价|补贴|奖励|资本|市值|估值|募资|元/;

/** After a 亿/万 numeral: words that make it a count or measure of something other than money (5亿股, 1.2亿粒). */
export const NOT_MONEY_AFTER = "股|颗|粒|册|份|千伏|伏|瓦|像素|部|本|首|篇|双|副|对|棵|株|尾|羽|匹|口|字|年";

/**
 * Count classifiers, longest first. A negative lookahead keeps a classifier character
 * from being read out of a following word (处理, 次性, 所有, 人员, 条件).
 */
export const CLASSIFIERS = [
  "人次",
  "场次",
  "架次",
  "床位",
  // 8个月 is a span of time (连续8个月全省第一), not eight of something; 6.3个百分点 is points, never 6.3 of something.
  "个(?![百千]分点|月)",
  "家",
  "项(?!目)",
  "人(?![员民])",
  "名",
  "次(?!性)",
  "场",
  "所(?![有属在])",
  "处(?!理)",
  "座",
  "条(?![件例])",
  "台",
  "件",
  "支",
  "款",
  "种",
  "盆",
  "辆",
  "套",
  "位",
  "批",
  "户",
  "间",
  "栋",
  "片(?![区])",
  "头(?![部雁])",
  "只(?![有要是能])",
  "张",
  "枚",
  // 集成电路20.82亿块 (not 板块, 地块: the classifier follows the number).
  "块",
  "艘",
  "架(?![构])",
  "股(?![份权东票])",
  "类(?![别型])",
];
/** Count classifier alternation. */
export const CLASSIFIER = CLASSIFIERS.join("|");
