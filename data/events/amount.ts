import { SMALL_CN_NUMBER } from "../extract/lexicon.ts";
import { shiftDecimal } from "../extract/parse/decimal.ts";
import { parseChineseNumber } from "../extract/parse/number.ts";
import { AMOUNT_PATTERN, AMOUNT_UNITS, PROJECT_COUNT_PATTERNS } from "./lexicon.ts";

/** Yuan for a number and unit as written ("124.7", "亿" → 12470000000); TypeError on an unknown unit. */
export function parseCny(number: string, unit: string): number {
  const exponent = AMOUNT_UNITS[unit];
  if (exponent === undefined) throw new TypeError(`parseCny: unknown unit "${unit}"`);
  if (!/^[0-9]+(?:\.[0-9]+)?$/.test(number)) throw new TypeError(`parseCny: not a decimal number "${number}"`);
  // Exact decimal shifting, as for facts (124.7亿 is 12470000000, not 12470000000.000002).
  return Math.round(shiftDecimal(number, exponent));
}

const AMOUNTS = new RegExp(AMOUNT_PATTERN.source, "g");
/** Words right before an amount that make it one project's (…现场拉开序幕，该项目总投资约22.5亿元). */
const ONE_PROJECT_BEFORE = /(?:该|此)项目(?:计划)?$/;
/**
 * A running total in the words before an amount since the last full stop or colon (2022年以来，共落地…总投资达1327亿元; 截止目前…累计
 * 完成投资145亿元): no happening's sum. 累计 alone is not one (本次集中开工…累计实施重大项目1313个、总投资5750亿元 is the batch).
 */
const TALLY_BEFORE = /(?:以来|截至|截止|年初至)[^。；;：:]*$/;

/**
 * The investment amount stated in a clause (总投资达124.7亿元), in yuan, or null. For a batch (`batch`: 集中开工, 27个项目), an
 * amount said of 该项目 is one project's (the venue's), not the batch's, and is passed over.
 */
export function findAmountCny(clause: string, batch = false): number | null {
  for (const m of clause.matchAll(AMOUNTS)) {
    if (batch && ONE_PROJECT_BEFORE.test(clause.slice(0, m.index))) continue;
    if (TALLY_BEFORE.test(clause.slice(0, m.index))) continue;
    return parseCny(m[1]!, m[2] ?? "");
  }
  return null;
}

/** A count written in Arabic or small Chinese numerals (20, 十三); null when not a count. */
export function parseCount(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  return SMALL_CN_NUMBER.test(text) ? parseChineseNumber(text) : null;
}

/** The number of projects stated in a clause (20个重大项目, 项目共20个), or null; not a running total (TALLY_BEFORE). */
export function findProjectCount(clause: string): number | null {
  for (const pattern of COUNT_PATTERNS) {
    for (const m of clause.matchAll(pattern)) if (!TALLY_BEFORE.test(clause.slice(0, m.index))) return parseCount(m[1]!);
  }
  return null;
}
const COUNT_PATTERNS = PROJECT_COUNT_PATTERNS.map((p) => new RegExp(p.source, "g"));
