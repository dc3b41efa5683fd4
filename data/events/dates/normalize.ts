import type { DatePrecision } from "../../types.ts";
import type { DateMatch, DateParts, NormalizedDate } from "../types.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** First day of the period and its precision, for a known year; null for a day without a month. */
function firstDay(parts: DateParts, year: number): { date: string; precision: DatePrecision } | null {
  switch (parts.kind) {
    case "day":
      return { date: `${year}-${pad(parts.month)}-${pad(parts.day)}`, precision: "day" };
    case "month":
      return { date: `${year}-${pad(parts.month)}-01`, precision: "month" };
    case "quarter":
      return { date: `${year}-${pad((parts.quarter - 1) * 3 + 1)}-01`, precision: "quarter" };
    case "half":
      return { date: `${year}-${parts.half === 1 ? "01" : "07"}-01`, precision: "half" };
    case "year":
      return { date: `${year}-01-01`, precision: "year" };
    case "dayOnly":
    case "relative":
    case "recent":
    case "same":
      return null;
  }
}

const PRECISION_OF: Record<DateParts["kind"], DatePrecision | null> = {
  day: "day",
  month: "month",
  quarter: "quarter",
  half: "half",
  year: "year",
  dayOnly: null,
  relative: "day",
  recent: null,
  same: null,
};

/**
 * ISO date (first day of the period), precision, range end (first day of the end period) and basis.
 * A date without a year takes `docYear` and says so (basis year_from_report); a day without a month
 * gets no date at all. `date_evidence` keeps the date words as written.
 */
export function normalizeDate(match: DateMatch, docYear: number | null): NormalizedDate {
  const { parts, until } = match;
  if (parts.kind === "dayOnly") {
    return { date: null, precision: null, end_date: null, date_basis: "day_only", date_evidence: match.text };
  }
  // Resolved against the dateline by withDateline when the report has one.
  if (parts.kind === "relative") {
    return { date: null, precision: "day", end_date: null, date_basis: "relative_unknown", date_evidence: match.text };
  }
  // 近日/日前 say only "lately": a dateline bounds the day but does not give it.
  // 同日 is dated by the event before it (findEventClauses); alone it says nothing.
  if (parts.kind === "recent" || parts.kind === "same") {
    return { date: null, precision: null, end_date: null, date_basis: "relative_unknown", date_evidence: match.text };
  }
  const year = parts.year ?? docYear;
  if (year === null) {
    return {
      date: null,
      precision: PRECISION_OF[parts.kind],
      end_date: null,
      date_basis: "year_unknown",
      date_evidence: match.text,
    };
  }
  const start = firstDay(parts, year)!;
  const end =
    until && until.kind !== "dayOnly" && until.kind !== "relative" && until.kind !== "recent" && until.kind !== "same"
      ? firstDay(until, until.year ?? year)
      : null;
  return {
    date: start.date,
    precision: start.precision,
    end_date: end?.date ?? null,
    date_basis: parts.year !== null ? "explicit" : "year_from_report",
    date_evidence: match.text,
  };
}
