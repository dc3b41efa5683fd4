import type { EventDraft } from "../../types.ts";
import type { EventRefiner } from "../types.ts";

/** Months a coarse date covers, from its first day and precision (quarter 3, half 6, year 12). */
const SPAN: Readonly<Record<string, number>> = { month: 1, quarter: 3, half: 6, year: 12 };

/**
 * Whether `day` (a day-precision event, its date known or not: 昨日 without a dateline) falls in the period of `coarse`
 * (a headline's date unknown, or a coarser period holding the day).
 */
function within(day: EventDraft, coarse: EventDraft): boolean {
  if (day.precision !== "day") return false;
  if (coarse.date === null) return true;
  if (day.date === null) return false;
  const months = SPAN[coarse.precision ?? ""];
  if (months === undefined) return false;
  const [y, m] = coarse.date.split("-").map(Number) as [number, number];
  const [dy, dm] = day.date.split("-").map(Number) as [number, number];
  const offset = (dy - y) * 12 + (dm - m);
  return offset >= 0 && offset < months;
}

/**
 * Drops the headline's telling of a happening the body dates to its day (title 一季度项目集中开工 启东：36个 over 2月11日…
 * 启东市举行一季度重大项目集中开工…): the title names the same happening by its batch, with no day or a coarser one. Only
 * an event inside the title line whose date is null or coarser than a day, with the same action as a body event on a
 * day that fits its period; the body's telling stays.
 */
export const absorbHeadline: EventRefiner = (doc, events) => {
  const titleEnd = doc.text.startsWith(doc.title) ? doc.title.length : 0;
  if (titleEnd === 0) return events;
  return events.filter((e) => {
    if (e.end > titleEnd || e.precision === "day") return true;
    return !events.some((b) => b !== e && b.start >= titleEnd && b.action === e.action && within(b, e));
  });
};
