import type { DocContext, EntityType, SentenceSpan } from "../types.ts";

/** What an entity rule sees: the document and the sentence being scanned. */
export interface RuleContext {
  doc: DocContext;
  sentence: SentenceSpan;
}

/** A mention candidate; `start`/`end` are UTF-16 indices into the sentence text. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Canonical name when the gazetteer knows it, else null. */
  canonical: string | null;
  role: string | null;
  /** Name of the rule that found it (for traces). */
  rule: string;
  /** Lower wins when two candidates cover the same words equally (gazetteer 0 … lists 3). */
  priority: number;
  /** Set by the gazetteer for aliases that need the report's zone (高新区, 经开区). */
  zoneOnly?: string;
}

/** An extractor: a global pattern and a function turning one match into a candidate (or nothing). */
export interface EntityRule {
  name: string;
  pattern: RegExp;
  extract(context: RuleContext, match: RegExpExecArray): Candidate | null;
  /**
   * Optional shortcut: the earliest index at or after `from` where a match of `pattern` can
   * start (greater than the text's length when none can), so the engine skips text that
   * cannot match. It must never skip a match: a wrong bound changes the output.
   */
  skipTo?(text: string, from: number): number;
}

/** A pass over one sentence's candidates (filter, resolve, remove overlaps). */
export type MentionRefiner = (context: RuleContext, candidates: Candidate[]) => Candidate[];

/** Candidates after each stage, for debugging and test failure messages. */
export interface MentionTrace {
  sentence_id: string;
  stage: string;
  candidates: Candidate[];
}
