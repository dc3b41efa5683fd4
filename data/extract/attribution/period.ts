import { PERIOD_BREAK, PERIOD_PATTERN } from "../lexicon.ts";
import type { Candidate, ExtractContext } from "../types.ts";

/** PERIOD_PATTERN as a global pattern, compiled once (this runs for every sentence with facts). */
const PERIODS = new RegExp(PERIOD_PATTERN.source, "g");

/** Periods written in the sentence, as [start, end) spans of the view. */
export function findPeriods(view: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  PERIODS.lastIndex = 0;
  for (let m = PERIODS.exec(view); m !== null; m = PERIODS.exec(view)) {
    if (m[0] === "") PERIODS.lastIndex++;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * Sets `period` to the nearest period written before each fact in the sentence (上半年, 1-8月份,
 * 截至2023年12月底), else null. A period does not reach past a ；/; (…入选“十佳”产业项目;在2024年下半年…), nor
 * past the 到 of a change it starts (从上半年5.5%降到5.3%).
 */
export function attributePeriods(context: ExtractContext, facts: Candidate[]): Candidate[] {
  const periods = findPeriods(context.view);
  return facts.map((f) => {
    let period: string | null = null;
    for (const p of periods) {
      if (p.end > f.start) continue;
      const between = context.view.slice(p.end, f.start);
      const startOnly = FROM_BEFORE.test(context.view.slice(Math.max(0, p.start - 1), p.start)) && TO.test(between);
      period = PERIOD_BREAK.test(between) || startOnly ? null : context.sentence.slice(p.start, p.end);
    }
    return { ...f, period };
  });
}

/**
 * A period right after 从 dates the start of a change, not its end (年末城镇调查失业率从上半年5.5%降到5.3%: 5.3% is
 * the year-end's): past 到/至 it dates nothing.
 */
const FROM_BEFORE = /从$/;
const TO = /[到至]/;
