import type { Rule } from "../engine/types.ts";
import type { DateBasis, DatePrecision, DocContext, EventDraft } from "../types.ts";

/** A date as written, before normalization; `year` null when the text gives none. */
export type DateParts =
  | { kind: "day"; year: number | null; month: number; day: number }
  | { kind: "month"; year: number | null; month: number }
  | { kind: "quarter"; year: number | null; quarter: 1 | 2 | 3 | 4 }
  | { kind: "half"; year: number | null; half: 1 | 2 }
  | { kind: "year"; year: number | null }
  | { kind: "dayOnly"; day: number }
  /** 昨日 (-1), 前天 (-2), 今日 (0): days from the report's dateline or publication date. */
  | { kind: "relative"; offset: number }
  /** 近日, 日前: some recent day before the report's date; no day can be known from it. */
  | { kind: "recent" }
  /** 同日, 同一天: the day of the event told just before. */
  | { kind: "same" };

/** A date found in a sentence; offsets are UTF-16 indices into the sentence text. */
export interface DateMatch {
  start: number;
  end: number;
  text: string;
  rule: string;
  parts: DateParts;
  /** End of a range (9月4日至5日), or null. */
  until: DateParts | null;
}

/** A date rule: the engine's rule over one sentence (the context is the sentence text itself). */
export type DateRule = Rule<string, DateMatch>;

/** A pass over one sentence's dates (remove overlaps, merge ranges). */
export type DateRefiner = (text: string, dates: DateMatch[]) => DateMatch[];

/** A normalized date: ISO first day of the period, precision, range end, and how the year was known. */
export interface NormalizedDate {
  date: string | null;
  precision: DatePrecision | null;
  end_date: string | null;
  date_basis: DateBasis;
  /** The date words as written. */
  date_evidence: string;
}

/** An action word found in a clause. */
export interface ActionMatch {
  action: string;
  /** UTF-16 index of the word in the clause. */
  index: number;
  text: string;
}

/** A pass over one document's events (merge duplicates …). */
export type EventRefiner = (doc: DocContext, events: EventDraft[]) => EventDraft[];

/** An event before its entities are known: everything `findEvents` finds in the text alone. */
export type EventClause = Omit<EventDraft, "entity_ids" | "duplicate_of">;
