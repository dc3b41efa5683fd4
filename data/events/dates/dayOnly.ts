import type { DateMatch, DateParts } from "../types.ts";
import { validMonthDay } from "./valid.ts";

/** The month a day-only date ("23日上午") belongs to: the latest month written before it in the same paragraph. */
export interface MonthContext {
  year: number | null;
  month: number;
  /** The date it was read from, for the basis. */
  text: string;
}

/** The month of a date that names one (9月22日, 2023年9月), or null. */
export function monthOf(date: DateMatch): MonthContext | null {
  const parts: DateParts = date.until ?? date.parts;
  if (parts.kind === "day" || parts.kind === "month") return { year: parts.year, month: parts.month, text: date.text };
  if (date.parts.kind === "day" || date.parts.kind === "month") return { year: date.parts.year, month: date.parts.month, text: date.text };
  return null;
}

/**
 * A day-only date read as a day of the paragraph's month (9月22日…；23日上午，… → 9月23日), or the
 * date unchanged when there is no month or the day does not fit it. `basis` says where the month came from.
 */
export function withParagraphMonth(date: DateMatch, month: MonthContext | null): { date: DateMatch; monthText: string | null } {
  if (date.parts.kind !== "dayOnly" || month === null || !validMonthDay(month.month, date.parts.day)) return { date, monthText: null };
  const parts: DateParts = { kind: "day", year: month.year, month: month.month, day: date.parts.day };
  return { date: { ...date, parts }, monthText: month.text };
}
