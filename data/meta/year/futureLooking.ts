import { FUTURE_MARKERS, YEAR, YEAR_WEIGHTS } from "../lexicon.ts";
import type { YearRule } from "../types.ts";

const LOOK_AHEAD = `(${YEAR})年(?:是|[^。；;！!？?]{0,14}?(?:${FUTURE_MARKERS.join("|")}))`;

/**
 * "2024年，某高新区将…", "2025年是“十四五”规划的收官之年": a sentence looking ahead to year N
 * in a report that also names N-1 is the closing outlook of a review of N-1. Without N-1 in the
 * text the sentence is a plan for N itself (a work-plan report), and counts as a bare mention of N.
 */
export const futureLooking: YearRule = {
  name: "futureLooking",
  pattern: new RegExp(LOOK_AHEAD, "g"),
  extract: (context, match) => {
    const year = Number(match[1]);
    const previousNamed = new RegExp(`${year - 1}(?:年|的)`).test(context.text);
    return {
      year: previousNamed ? year - 1 : year,
      weight: previousNamed ? YEAR_WEIGHTS.futureLooking : YEAR_WEIGHTS.explicit,
      basis: match[0],
      index: match.index,
      rule: "futureLooking",
    };
  },
};
