import { YEAR, YEAR_WEIGHTS } from "../lexicon.ts";
import type { YearRule } from "../types.ts";

/** "站在2024的崭新起点": standing at the start of N means looking back on N-1. */
export const newStart: YearRule = {
  name: "newStart",
  pattern: new RegExp(`站在(${YEAR})年?的[^，,。]{0,4}起点`, "g"),
  extract: (_context, match) => ({
    year: Number(match[1]) - 1,
    weight: YEAR_WEIGHTS.futureLooking,
    basis: match[0],
    index: match.index,
    rule: "newStart",
  }),
};
