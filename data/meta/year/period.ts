import { YEAR, YEAR_WEIGHTS } from "../lexicon.ts";
import type { YearRule } from "../types.ts";

/** "2017年第四季度", "2024年下半年": a year tied to a part of it is specific evidence. */
export const period: YearRule = {
  name: "period",
  pattern: new RegExp(`(${YEAR})年(?:第[一二三四1-4]季度|[上下]半年|前三季度)`, "g"),
  extract: (_context, match) => ({
    year: Number(match[1]),
    weight: YEAR_WEIGHTS.quarter,
    basis: match[0],
    index: match.index,
    rule: "period",
  }),
};
