import type { DateMatch, DateRefiner, DateRule } from "../types.ts";
import { DATE_REFINERS } from "./config.ts";
import { DATE_RULES } from "./rules/index.ts";

/** Every date in `text` (UTF-16 offsets into it), after the refiners. */
export function findDates(
  text: string,
  rules: readonly DateRule[] = DATE_RULES,
  refiners: ReadonlyArray<{ refine: DateRefiner }> = DATE_REFINERS,
): DateMatch[] {
  let dates: DateMatch[] = [];
  for (const rule of rules) {
    if (!rule.pattern.global) throw new TypeError(`date rule "${rule.name}" needs a global (g) pattern`);
    for (const m of text.matchAll(rule.pattern)) {
      const found = rule.extract(text, m as RegExpExecArray);
      if (found) dates.push(found);
    }
  }
  for (const { refine } of refiners) dates = refine(text, dates);
  return dates;
}
