// zh-CN number and date formatting: amounts in 万/亿, percent, dates with their precision.
import { formatLocale } from "npm:d3-format";

/** d3-format locale for Simplified Chinese. */
export const zhLocale = formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["¥", ""], minus: "-" });

// Chinese reports write 5000万元 and 1865个, without thousands separators.
const trim2 = zhLocale.format(".2~f");
const trim3 = zhLocale.format(".3~f");

const MAGNITUDES: [number, string][] = [
  [1e12, "万亿"],
  [1e8, "亿"],
  [1e4, "万"],
];

/** Formats a plain number in Chinese magnitudes: 12345 → "1.23万", 4.331e9 → "43.31亿". */
export function formatNumber(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return "—";
  const abs = Math.abs(value);
  for (const [i, [size, suffix]] of MAGNITUDES.entries()) {
    if (abs < size) continue;
    const scaled = trim2(value / size);
    // 99999999 rounds to 10000万: say 1亿 instead.
    if (i > 0 && Math.abs(Number(scaled)) >= 1e4) return `${trim2(value / MAGNITUDES[i - 1][0])}${MAGNITUDES[i - 1][1]}`;
    return `${scaled}${suffix}`;
  }
  return trim3(value);
}

/** Formats yuan: 4331000000 → "43.31亿元", 50000000 → "5000万元", 800 → "800元". */
export function formatYuan(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? "—" : `${formatNumber(value)}元`;
}

/** Formats a percent value as written (4.7 → "4.7%"). */
export function formatPercent(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? "—" : `${trim2(value)}%`;
}

/** How a number in each base unit is written after it (12亿千瓦时, 0.62个千分点); currencies as 元/美元/港元. */
const UNIT_SUFFIX: Readonly<Record<string, string>> = {
  CNY: "元",
  USD: "美元",
  HKD: "港元",
  EUR: "欧元",
  JPY: "日元",
  GBP: "英镑",
  percent: "%",
  permille: "‰",
  pp: "个百分点",
  permille_point: "个千分点",
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
};

/** The written suffix of a unit, rates included (CNY/t → 元/吨); unknown units as stored. */
function unitSuffix(unit: string): string {
  const whole = UNIT_SUFFIX[unit];
  if (whole !== undefined) return whole;
  const [num, per] = unit.split("/");
  return per === undefined ? unit : `${UNIT_SUFFIX[num!] ?? num}/${UNIT_SUFFIX[per] ?? per}`;
}

/** Formats a fact's value in its unit: CNY → 亿元/万元, USD → 美元, percent → %, count → classifier, rank → 第N位. */
export function formatValue(value: number | null | undefined, unit: string, classifier?: string | null): string {
  if (value == null || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "CNY":
      return formatYuan(value);
    case "USD":
      return `${formatNumber(value)}美元`;
    case "percent":
      return formatPercent(value);
    case "rank":
      return `第${trim3(value)}位`;
    case "count":
      return `${formatNumber(value)}${classifier ?? ""}`;
    default:
      return `${formatNumber(value)}${unitSuffix(unit)}`;
  }
}

/** Words after a number that say how it is bounded, as an analyst writes them (5.5%左右, 110万人以上, 5.5%以内). */
export const QUALIFIER_SUFFIX: Readonly<Record<string, string>> = {
  approx: "左右",
  at_least: "以上",
  more_than: "以上",
  at_most: "以内",
  less_than: "以内",
};

/** A figure in its unit with its bound: 3万亿元以上 (突破3万亿元), 755户, 5.5%左右. */
export function figureText(f: { value: number; unit: string; classifier?: string | null; qualifier?: string | null }): string {
  return `${formatValue(f.value, f.unit, f.classifier)}${f.qualifier ? (QUALIFIER_SUFFIX[f.qualifier] ?? "") : ""}`;
}

const QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"];

/** Formats an ISO date with its precision: day → 2023年5月12日, month → 2023年5月, quarter → 2023年第四季度, half → 2023年上半年, year → 2023年. */
export function formatDate(iso: string | Date | null | undefined, precision: string | null = "day"): string {
  if (iso == null) return "日期不详";
  const text = iso instanceof Date ? iso.toISOString().slice(0, 10) : String(iso).slice(0, 10);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new TypeError(`formatDate: not an ISO date: ${String(iso)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  switch (precision) {
    case "year":
      return `${year}年`;
    case "half":
      return `${year}年${month <= 6 ? "上半年" : "下半年"}`;
    case "quarter":
      return `${year}年${QUARTERS[Math.floor((month - 1) / 3)]}`;
    case "month":
      return `${year}年${month}月`;
    default:
      return `${year}年${month}月${day}日`;
  }
}
