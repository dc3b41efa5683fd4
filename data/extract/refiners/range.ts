import { NUMERAL } from "../lexicon.ts";
import type { Refiner } from "../types.ts";

const LOWER_END = new RegExp(String.raw`(${NUMERAL})\s*[-~—–至到]\s*$`);
/**
 * How far before a fact the lower end is looked for: longer than any numeral with its dash
 * (1,234,567.89亿 – is 15), and bounded, so a sentence of n facts costs O(n) here instead of
 * one regex over the whole growing prefix per fact (issue 17: 500 KB of 1亿元， took 257 s).
 */
const LOOK_BACK = 64;

/**
 * Merges a range whose lower end has no unit of its own into one fact: "3-5万元" becomes a
 * single fact spanning the range, with value = the lower end (3万元) and qualifier at_least.
 * The upper end is dropped: FactDraft holds one value, and "at least the lower end" is the
 * claim that stays true. Ranges in the seeds (6T-50T, 1-8月) have no unit after them and
 * never reach this refiner.
 */
export const rangeRefiner: Refiner = {
  name: "range",
  reason: "a unit after a range applies to both ends; without merging, only the upper end would be reported",
  refine(context, facts) {
    return facts.map((f) => {
      if (f.start !== f.numStart || f.kind === "rank") return f;
      const from = Math.max(0, f.start - LOOK_BACK);
      const m = LOWER_END.exec(context.view.slice(from, f.start));
      if (!m) return f;
      const lower = f.revalue(m[1]!);
      if (lower === null || lower >= Math.abs(f.value)) return f;
      const start = from + m.index;
      const value = f.value < 0 ? -lower : lower;
      return { ...f, start, numStart: start, text: context.sentence.slice(start, f.end), value, qualifier: "at_least" as const };
    });
  },
};
