import type { Qualifier } from "../types.ts";
import { groupStart } from "./candidate.ts";
import { INFIX_QUALIFIER, NUMERAL, PREFIX_QUALIFIER, RANGE_DASH, SIGN } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { parseQualifier } from "./parse/qualifier.ts";

/**
 * The number part every quantity pattern shares: an optional qualifier word, an explicit
 * minus (增长-3.2%, −4.0%, 负6%), an optional lower bound sharing the unit and magnitude
 * (3-5亿元, 三至五万), the numeral, and 多/余 with an optional magnitude after it
 * (3000多亿元, 10余万人). `noOrdinal` refuses a numeral after 第 (counts: 第一批 is not a tally).
 */
export function quantityHead(noOrdinal = false): string {
  const guard = noOrdinal ? String.raw`(?<!第\s*)` : "";
  return String.raw`(?:(?<before>${PREFIX_QUALIFIER})\s*)?(?<sign>${SIGN})?${guard}(?:(?<lo>${NUMERAL})\s*${RANGE_DASH}\s*)?(?<num>${NUMERAL})(?:\s*(?<infix>${INFIX_QUALIFIER})(?<mag>[万亿]+)?)?`;
}

/** The number a head matched: value, range top, numeral span and the numeral as parsed. */
export interface QuantityParts {
  /** Lower bound for a range, else the value; negative with an explicit minus. */
  value: number;
  value_max: number | null;
  /** The numeral with its magnitude (5万 of 5万余人, 3000亿 of 3000多亿元). */
  numeral: string;
  numStart: number;
  numEnd: number;
  qualifier: Qualifier;
}

const TRAILING_MAGNITUDE = /[十百千万亿]+$/;
const TRAILING_BIG = /[万亿]+$/;

/** The lower bound of a range with the magnitude it shares with the upper one: 3 of 3-5万 → 3万. */
export function lowerBound(lo: string, hi: string): string {
  const hiSuffix = TRAILING_MAGNITUDE.exec(hi)?.[0] ?? "";
  if (!TRAILING_MAGNITUDE.test(lo)) return /^[\d.,]+$/.test(lo) || hiSuffix.length > 0 ? lo + hiSuffix : lo;
  if (TRAILING_BIG.test(lo)) return lo;
  return lo + (TRAILING_BIG.exec(hiSuffix)?.[0] ?? "");
}

/**
 * Reads the groups of `quantityHead` (plus any qualifier words after the unit). Null when the
 * numeral does not parse, is zero, or a range runs downwards (2025-2024 is not a range).
 */
export function readQuantity(match: RegExpExecArray, ...afterWords: (string | undefined)[]): QuantityParts | null {
  const g = match.groups!;
  const numeral = g.mag ? g.num! + g.mag : g.num!;
  const top = parseNumber(numeral);
  if (top === null || top === 0) return null;
  const sign = g.sign ? -1 : 1;
  const skip = (g.before?.length ?? 0) + (g.sign?.length ?? 0);
  let value = top;
  let value_max: number | null = null;
  let numStart: number;
  let qualifier = parseQualifier(g.before, g.infix, ...afterWords);
  if (g.lo) {
    const low = parseNumber(lowerBound(g.lo, numeral));
    if (low === null || low >= top) return null;
    value = low;
    value_max = sign * top;
    numStart = groupStart(match, g.lo, skip);
    qualifier ??= "at_least";
  } else {
    numStart = groupStart(match, g.num!, skip);
  }
  const numEnd = groupStart(match, g.num!, numStart - match.index) + g.num!.length;
  return { value: sign * value, value_max, numeral, numStart, numEnd, qualifier };
}
