import { keepBest } from "../../engine/overlap.ts";
import type { Candidate, Refiner } from "../types.ts";

/** Extractor preference when two overlapping matches are equally long. */
const PRIORITY = ["points", "percent", "amount", "measure", "rank", "count"];

/** Longer first, then earlier start, then the more specific extractor. */
function better(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start || PRIORITY.indexOf(a.extractor) - PRIORITY.indexOf(b.extractor);
}

/**
 * Removes overlapping candidates, keeping the longer match (24个百分点 over 24个, 200公里每小时
 * over 200公里); ties go to the earlier start, then to the more specific extractor.
 */
export const overlapRefiner: Refiner = {
  name: "overlap",
  reason: "every extractor scans the whole sentence, so one span can be read twice; the longest reading is the most specific",
  refine: (_context, facts) => keepBest(facts, better),
};
