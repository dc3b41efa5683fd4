import { runRefiners, runRules } from "../../engine/run.ts";
import type { Refiner, TraceStep } from "../../engine/types.ts";
import type { DateMatch, DateRule } from "../types.ts";
import { DATE_REFINERS } from "./config.ts";
import { DATE_RULES } from "./rules/index.ts";

function label(d: DateMatch): string {
  return `${d.text}(${d.rule})@${d.start}`;
}

/** Every date in `text` (UTF-16 offsets into it), after the refiners; the engine's steps go to `trace` when given. */
export function findDates(
  text: string,
  rules: readonly DateRule[] = DATE_RULES,
  refiners: readonly Refiner<string, DateMatch>[] = DATE_REFINERS,
  trace?: TraceStep[],
): DateMatch[] {
  return runRefiners(text, runRules(text, text, rules, trace ? { trace } : {}), refiners, trace, label);
}
