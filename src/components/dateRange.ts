// A date range in the query string (?from=2017-09-01&to=2017-12-31, both
// inclusive days), typed for urlState's parseParams, plus the checks that need
// both ends at once.
import type { Param, Rejected } from "./urlState.js";

/** A range of whole UTC days: [start, end) with `end` exclusive. */
export type DayRange = [Date, Date];

const DAY_MS = 86_400_000;

/** Parses YYYY-MM-DD as a UTC date; undefined for anything else (including 2023-02-30). */
export function parseDay(raw: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === raw.trim() ? date : undefined;
}

/** YYYY-MM-DD of a UTC date. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A query parameter holding one day (YYYY-MM-DD) or null. */
export function dayParam(): Param<string | null> {
  return {
    default: null,
    parse: (raw) => (parseDay(raw) ? raw.trim() : undefined),
    format: (v) => v ?? "",
    describe: "YYYY-MM-DD 格式的日期",
  };
}

/** The range for `from`/`to` (inclusive days); one end missing or from after to → null, with the reason. */
export function rangeFromParams(from: string | null, to: string | null): { range: DayRange | null; rejected: Rejected[] } {
  if (from == null && to == null) return { range: null, rejected: [] };
  if (from == null || to == null) {
    const [name, value] = from == null ? ["to", to ?? ""] : ["from", from];
    return { range: null, rejected: [{ name, value, reason: "时间范围需要同时给出 from 和 to" }] };
  }
  const start = parseDay(from);
  const last = parseDay(to);
  if (!start || !last) throw new TypeError(`rangeFromParams: expected parsed days, got ${from} and ${to}`);
  if (last < start) return { range: null, rejected: [{ name: "from", value: `${from}…${to}`, reason: "起始日期晚于结束日期" }] };
  return { range: [start, new Date(last.getTime() + DAY_MS)], rejected: [] };
}

/** `from`/`to` values (inclusive days) of a range, or nulls. */
export function rangeToParams(range: DayRange | null): { from: string | null; to: string | null } {
  if (!range) return { from: null, to: null };
  const last = new Date(Math.max(range[0].getTime(), range[1].getTime() - DAY_MS));
  return { from: formatDay(range[0]), to: formatDay(last) };
}
