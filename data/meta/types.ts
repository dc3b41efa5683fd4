import type { Zone } from "../types.ts";

/** One piece of evidence for the year a report is about. */
export interface YearEvidence {
  year: number;
  /** Rule weight (see YEAR_WEIGHTS). */
  weight: number;
  /** The words the year was inferred from. */
  basis: string;
  /** UTF-16 index of the words in the searched text (title evidence sorts first with -1). */
  index: number;
  /** Name of the rule that produced it. */
  rule: string;
}

/** What a year rule sees: the text, the title and the zone already inferred. */
export interface YearContext {
  text: string;
  title: string;
  zone: Zone;
}

/** A year rule: a pattern and a function turning one match into evidence (or nothing). */
export interface YearRule {
  name: string;
  pattern: RegExp;
  extract(context: YearContext, match: RegExpExecArray): YearEvidence | null;
}
