import type { Rule, TraceStep } from "../engine/types.ts";
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

/** An entity rule: the engine's rule over one sentence's text (skipTo lets it jump to where a match can start). */
export type EntityRule = Rule<RuleContext, Candidate>;

/** A pass over one sentence's candidates (filter, resolve, remove overlaps). */
export type MentionRefiner = (context: RuleContext, candidates: Candidate[]) => Candidate[];

/** The engine's trace: every match, then what each refiner removed and added, one note per sentence. */
export type MentionTrace = TraceStep;
