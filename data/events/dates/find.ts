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
    const pattern = rule.pattern;
    if (!pattern.global) throw new TypeError(`date rule "${rule.name}" needs a global (g) pattern`);
    // exec on the shared pattern, as matchAll would do on a copy (matchAll clones the regex per call).
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0] === "") pattern.lastIndex = m.index + 1;
      const next = pattern.lastIndex;
      const found = rule.extract(text, m);
      pattern.lastIndex = next;
      if (found) dates.push(found);
    }
    pattern.lastIndex = 0;
  }
  for (const { refine } of refiners) dates = refine(text, dates);
  return dates;
}
