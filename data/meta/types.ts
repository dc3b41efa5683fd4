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

/** What a year rule sees: the text, the title and the region already inferred (its canonical name). */
export interface YearContext {
  text: string;
  title: string;
  region: string | null;
}

/** A year rule: a pattern and a function turning one match into evidence (or nothing). */
export interface YearRule {
  name: string;
  pattern: RegExp;
  extract(context: YearContext, match: RegExpExecArray): YearEvidence | null;
}

/** Whether a text lays out plans, reports results, or both. */
export type DocumentMode = "plan" | "review" | "mixed";

/** A document's mode with the words it was inferred from. */
export interface ModeEvidence {
  mode: DocumentMode;
  /** Plan cues found, in text order. */
  plan: string[];
  /** Review cues found, in text order. */
  review: string[];
}

/** Mode of one paragraph (a line of the normalized text); `start`/`end` are UTF-16 indices. */
export interface ParagraphMode {
  start: number;
  end: number;
  /** "plan" or "review", or null when neither the paragraph nor the document decides. */
  mode: "plan" | "review" | null;
  /** Why: "own cue: 将继续", "document: plan" or "none". */
  basis: string;
}
