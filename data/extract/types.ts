import type { Refiner as EngineRefiner, Rule, TraceStep } from "../engine/types.ts";
import type { FactDraft, Qualifier } from "../types.ts";

/** What every extractor and refiner sees: the sentence, its ASCII-folded view and the report year. */
export interface ExtractContext {
  /** The sentence exactly as given; offsets point into it. */
  sentence: string;
  /** Same-length view with full-width ASCII folded to half-width, used for matching. */
  view: string;
  /** Year the report is about, or null. */
  year: number | null;
  /** Mode of the sentence's paragraph: in a plan every quantity is a target unless marked as done. */
  mode: "plan" | "review" | null;
}

/** What callers of `extractFacts` pass besides the sentence. */
export interface ExtractOptions {
  /** Year the report is about, or null. */
  year: number | null;
  /** Mode of the sentence's paragraph, when the caller knows it; wins over `document`. */
  mode?: "plan" | "review" | null;
  /** The whole normalized document and the sentence's UTF-16 start in it, to infer the paragraph's mode. */
  document?: { text: string; start: number };
}

/** A fact while the engine works on it: a draft plus the provenance the refiners need. */
export interface Candidate extends FactDraft {
  /** Name of the extractor that produced it. */
  extractor: string;
  /** UTF-16 span of the numeral itself (without qualifier words or unit). */
  numStart: number;
  numEnd: number;
  /** Recomputes `value` for another numeral with the same unit, e.g. the lower end of a range. */
  revalue: (numeral: string) => number | null;
}

/** One extractor: a rule over `ExtractContext.view` (a global pattern, or a sticky one with skipTo). */
export type Extractor = Rule<ExtractContext, Candidate>;

/** One refiner: a pure pass over the candidate list, with the reason for its place. */
export type Refiner = EngineRefiner<ExtractContext, Candidate>;

/** A parsed amount, as returned by `parseAmount`. */
export interface ParsedAmount {
  value: number;
  /** CNY, USD, HKD, EUR, JPY, GBP: the currency as written, never converted. */
  unit: string;
  qualifier: Qualifier;
}

/** One line of an extraction trace: the engine's steps (attribution results are notes). */
export type { TraceStep };

/** What `explainFacts` returns: the steps and the final facts. */
export interface Trace {
  sentence: string;
  steps: TraceStep[];
  facts: FactDraft[];
}
