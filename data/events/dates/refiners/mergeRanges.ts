import { RANGE_JOINERS } from "../../lexicon.ts";
import type { DateMatch, DateParts, DateRefiner } from "../../types.ts";

/** The end of a range, completed from its start: 2023年9月4日至5日 → 5日 is 2023年9月5日. */
function completeEnd(from: DateParts, to: DateParts): DateParts | null {
  if (from.kind === "day" && to.kind === "dayOnly") return { kind: "day", year: from.year, month: from.month, day: to.day };
  if (from.kind === "day" && to.kind === "day") return { ...to, year: to.year ?? from.year };
  if (from.kind === "month" && to.kind === "month") return { ...to, year: to.year ?? from.year };
  return null;
}

/** Joins "A至B" into one date with `until` (9月4日至5日 → 9月4日, until 9月5日). */
export const mergeRanges: DateRefiner = (text, dates) => {
  const out: DateMatch[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    const joiner = prev ? text.slice(prev.end, d.start) : "";
    const end = prev && RANGE_JOINERS.includes(joiner as (typeof RANGE_JOINERS)[number]) ? completeEnd(prev.parts, d.parts) : null;
    if (prev && end && prev.until === null) {
      out[out.length - 1] = { ...prev, end: d.end, text: text.slice(prev.start, d.end), rule: `${prev.rule}+range`, until: end };
    } else out.push(d);
  }
  return out;
};
