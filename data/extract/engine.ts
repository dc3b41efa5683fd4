import { runRules } from "../engine/run.ts";
import type { Candidate, ExtractContext, Extractor, TraceStep } from "./types.ts";

/**
 * Runs every extractor over the view (the engine's runRules); returns the candidates sorted by
 * start, and (when `trace` is true, the default) a trace of every match. Production runs pass
 * false: the trace costs a string per match.
 */
export function runExtractors(
  context: ExtractContext,
  extractors: readonly Extractor[],
  trace = true,
): { candidates: Candidate[]; steps: TraceStep[] } {
  const steps: TraceStep[] = [];
  const candidates = runRules(context.view, context, extractors, trace ? { trace: steps, traceText: context.sentence } : {});
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  return { candidates, steps };
}
