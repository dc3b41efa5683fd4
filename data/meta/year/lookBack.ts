import { YEAR, YEAR_WEIGHTS } from "../lexicon.ts";
import type { YearRule } from "../types.ts";

/** "回望2023", "回顾2023年": a year-end review names its year outright. */
export const lookBack: YearRule = {
  name: "lookBack",
  pattern: new RegExp(`(?:回望|回顾|盘点)\\s*(${YEAR})年?`, "g"),
  extract: (_context, match) => ({
    year: Number(match[1]),
    weight: YEAR_WEIGHTS.lookBack,
    basis: match[0],
    index: match.index,
    rule: "lookBack",
  }),
};
