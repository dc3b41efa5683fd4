import { SMALL_CN_NUMBER } from "../../extract/lexicon.ts";
import { parseChineseNumber } from "../../extract/parse/number.ts";
import { YEAR_WEIGHTS, ZONE_FOUNDED } from "../lexicon.ts";
import type { YearRule } from "../types.ts";

/** "今年是…建区25周年": founding year of the report's zone (when the gazetteer knows it) plus the anniversary. */
export const anniversary: YearRule = {
  name: "anniversary",
  pattern: /建区([0-9]{1,3}|[一二三四五六七八九十]{1,3})周年/g,
  extract: (context, match) => {
    const founded = context.region === null ? undefined : ZONE_FOUNDED[context.region];
    if (founded === undefined) return null;
    const years = parseSmallNumber(match[1]!);
    if (years === null) return null;
    return {
      year: founded + years,
      weight: YEAR_WEIGHTS.anniversary,
      basis: match[0],
      index: match.index,
      rule: "anniversary",
    };
  },
};

/** 25, 二十五, 十, 三十 → number; anything else → null. */
export function parseSmallNumber(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  return SMALL_CN_NUMBER.test(text) ? parseChineseNumber(text) : null;
}
