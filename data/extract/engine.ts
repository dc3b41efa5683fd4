import type { Candidate, ExtractContext, Extractor, TraceStep } from "./types.ts";

/** Runs every extractor over the view; returns the candidates sorted by start, and a trace of every match. */
export function runExtractors(context: ExtractContext, extractors: readonly Extractor[]): { candidates: Candidate[]; steps: TraceStep[] } {
  const candidates: Candidate[] = [];
  const steps: TraceStep[] = [];
  for (const extractor of extractors) {
    if (!extractor.pattern.global) throw new TypeError(`extractor ${extractor.name}: pattern needs the g flag`);
    for (const match of context.view.matchAll(extractor.pattern)) {
      const candidate = extractor.extract(context, match as RegExpExecArray);
      const end = match.index + match[0].length;
      steps.push({
        stage: "match",
        extractor: extractor.name,
        start: match.index,
        end,
        text: context.sentence.slice(match.index, end),
        accepted: candidate !== null,
      });
      if (candidate) candidates.push(candidate);
    }
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  return { candidates, steps };
}
