import type { Qualifier } from "../../types.ts";
import { CURRENCIES, CURRENCY, INFIX_QUALIFIER, NUMERAL, PREFIX_QUALIFIER, SUFFIX_QUALIFIER } from "../lexicon.ts";
import type { ParsedAmount } from "../types.ts";
import { parseNumber, trailingMagnitude } from "./number.ts";
import { parseQualifier } from "./qualifier.ts";

/** The pieces of a money expression as the amount extractor captures them. */
export interface AmountParts {
  before?: string;
  numeral: string;
  infix?: string;
  currency?: string;
  grade?: string;
  after?: string;
}

/**
 * Value of money from its pieces, or null when they are not money: a numeral without
 * a currency is money only when it ends in 亿 (总产值突破2000亿, 过50亿, 百亿级); a bare
 * magnitude (亿元) needs a qualifier to stand for one (过亿元, 亿元以上).
 */
export function amountFromParts(parts: AmountParts): (ParsedAmount & { unit_text: string }) | null {
  const value = parseNumber(parts.numeral);
  if (value === null || value === 0) return null;
  const magnitude = trailingMagnitude(parts.numeral);
  if (!parts.currency && !magnitude.text.endsWith("亿")) return null;
  const qualifier: Qualifier = parseQualifier(parts.before, parts.infix, parts.grade, parts.after);
  if (/^[万亿]+$/.test(parts.numeral.trim()) && qualifier === null) return null;
  const unit = parts.currency ? CURRENCIES[parts.currency]! : "CNY";
  return { value, unit, qualifier, unit_text: magnitude.text + (parts.currency ?? "") };
}

const AMOUNT_TEXT = new RegExp(
  String.raw`^(?:(${PREFIX_QUALIFIER})\s*)?(${NUMERAL})\s*(${INFIX_QUALIFIER})?\s*(${CURRENCY})?(级)?\s*(${SUFFIX_QUALIFIER})?$`,
);

/**
 * Parses a whole money expression: 约6亿元 → 6e8 CNY approx, 43.31亿元 → 4331000000,
 * 过亿元 → 1e8 more_than, 2205万美元 → 22050000 USD, 百亿级 → 1e10 at_least. Null when the
 * text is not money.
 */
export function parseAmount(text: string): ParsedAmount | null {
  if (typeof text !== "string") throw new TypeError(`parseAmount: expected a string, got ${typeof text}`);
  const m = AMOUNT_TEXT.exec(text.trim());
  if (!m) return null;
  const parsed = amountFromParts({ before: m[1], numeral: m[2]!, infix: m[3], currency: m[4], grade: m[5], after: m[6] });
  return parsed && { value: parsed.value, unit: parsed.unit, qualifier: parsed.qualifier };
}
