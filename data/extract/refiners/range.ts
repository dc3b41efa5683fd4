import { NUMERAL } from "../lexicon.ts";
import type { Refiner } from "../types.ts";

const LOWER_END = new RegExp(String.raw`(${NUMERAL})\s*[-~—–至到]\s*$`);

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
      const m = LOWER_END.exec(context.view.slice(0, f.start));
      if (!m) return f;
      const lower = f.revalue(m[1]!);
      if (lower === null || lower >= Math.abs(f.value)) return f;
      const start = m.index;
      const value = f.value < 0 ? -lower : lower;
      return { ...f, start, numStart: start, text: context.sentence.slice(start, f.end), value, qualifier: "at_least" as const };
    });
  },
};
