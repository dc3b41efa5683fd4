import { runRefiners } from "../engine/run.ts";
import { formatTrace as formatSteps } from "../engine/trace.ts";
import { modeAt } from "../meta/index.ts";
import type { FactDraft } from "../types.ts";
import { attributeIndicators, attributeRanges, attributeTrailingQualifiers } from "./attribution/indicator.ts";
import { attributeMetrics } from "./attribution/metric.ts";
import { attributePeriods } from "./attribution/period.ts";
import { shareListHeads } from "./attribution/shared-head.ts";
import { attributeTargets } from "./attribution/target.ts";
import { EXTRACTORS, REFINERS } from "./config.ts";
import { runExtractors } from "./engine.ts";
import type { Candidate, ExtractContext, ExtractOptions, Trace } from "./types.ts";
import { matchView } from "./view.ts";

function label(f: Candidate): string {
  return `${f.extractor}:${f.text}@${f.start}`;
}

function toDraft(f: Candidate): FactDraft {
  return {
    start: f.start,
    end: f.end,
    text: f.text,
    value: f.value,
    value_max: f.value_max,
    unit: f.unit,
    unit_text: f.unit_text,
    classifier: f.classifier,
    kind: f.kind,
    qualifier: f.qualifier,
    metric: f.metric,
    period: f.period,
    is_target: f.is_target,
    target_basis: f.target_basis,
    indicator: f.indicator,
    value_low: f.value_low,
    value_high: f.value_high,
  };
}

/** The paragraph mode from the options: given outright, or inferred from the document around the sentence. */
function modeOf(sentence: string, options: ExtractOptions): ExtractContext["mode"] {
  if (options.mode !== undefined) return options.mode;
  const doc = options.document;
  if (doc === undefined) return null;
  if (typeof doc?.text !== "string" || !Number.isInteger(doc.start) || doc.text.length < doc.start + sentence.length) {
    throw new TypeError(`extractFacts: document must be {text, start} with the sentence inside the text, got start ${doc?.start}`);
  }
  return modeAt(doc.text, doc.start).mode;
}

/** Extraction, recording each stage in a trace when `trace` is true (tests and debugging; it costs strings per match). */
function run(sentence: string, context: ExtractOptions, trace: boolean): Trace {
  if (typeof sentence !== "string") throw new TypeError(`extractFacts: sentence must be a string, got ${typeof sentence}`);
  if (context === null || typeof context !== "object" || !("year" in context)) {
    throw new TypeError("extractFacts: context must be an object with a year (number or null)");
  }
  const ctx: ExtractContext = { sentence, view: matchView(sentence), year: context.year, mode: modeOf(sentence, context) };
  const { candidates, steps } = runExtractors(ctx, EXTRACTORS, trace);
  let facts = runRefiners(ctx, candidates, REFINERS, trace ? steps : undefined, label);
  // Most sentences have no quantity: nothing to attribute.
  if (facts.length === 0) return { sentence, steps, facts: [] };
  facts = attributeTargets(ctx, attributePeriods(ctx, shareListHeads(ctx, attributeMetrics(ctx, facts))));
  facts = attributeIndicators(ctx, attributeRanges(ctx, attributeTrailingQualifiers(ctx, facts)));
  if (trace) {
    for (const f of facts) {
      steps.push({ stage: "note", text: `attrib  ${f.text} kind=${f.kind} metric=${f.metric} period=${f.period} target=${f.is_target}` });
    }
  }
  return { sentence, steps, facts: facts.map(toDraft) };
}

/** Extraction with its trace: which extractor matched what, which refiner removed what, what each fact was attributed. */
export function explainFacts(sentence: string, context: ExtractOptions): Trace {
  return run(sentence, context, true);
}

/**
 * Quantitative facts in one sentence, sorted by start; offsets are UTF-16 indices into `sentence`.
 * With `document` (or `mode`), quantities in a plan paragraph are targets (实施重点产业项目128个 in a work plan).
 * Same facts as `explainFacts`, without building the trace.
 */
export function extractFacts(sentence: string, context: ExtractOptions): FactDraft[] {
  return run(sentence, context, false).facts;
}

/** A trace as readable lines, for test failure messages. */
export function formatTrace(trace: Trace): string {
  return formatSteps(`sentence: ${trace.sentence}`, trace.steps);
}
