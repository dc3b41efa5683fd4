// The stretch of time an event date stands for: a day-precision date is a
// point; month, quarter, half and year dates cover their whole period, so the
// timeline can draw them as spans instead of pretending to know the day.

/** Months covered by each coarse precision. */
const PERIOD_MONTHS: Record<string, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** Start (inclusive) and end (exclusive) of an event's period, in UTC; `point` is true for day precision. */
export interface Period {
  start: Date;
  end: Date;
  point: boolean;
}

/** Parses YYYY-MM-DD (or a Date) as a UTC date; TypeError on anything else. */
export function parseIsoDate(iso: string | Date): Date {
  if (iso instanceof Date) return new Date(Date.UTC(iso.getUTCFullYear(), iso.getUTCMonth(), iso.getUTCDate()));
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new TypeError(`parseIsoDate: not an ISO date: ${JSON.stringify(iso)}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The end (exclusive) of the period that starts at `start` with `precision`. */
function periodEnd(start: Date, precision: string | null): Date {
  const months = precision ? PERIOD_MONTHS[precision] : undefined;
  if (months === undefined) return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1));
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
}

/**
 * Period of an event: `date` with `precision` (day → one day, month → the month, …);
 * a range with `end_date` runs to the end of the end date's period. Null date → null.
 */
export function eventPeriod(date: string | Date | null, precision: string | null, endDate: string | Date | null = null): Period | null {
  if (date == null) return null;
  const start = parseIsoDate(date);
  const end = periodEnd(endDate == null ? start : parseIsoDate(endDate), precision);
  const point = (precision == null || precision === "day") && endDate == null;
  return { start, end: end > start ? end : periodEnd(start, precision), point };
}

/** ISO YYYY-MM-DD of a UTC date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
