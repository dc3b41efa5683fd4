import type { Candidate, ExtractContext, Extractor, TraceStep } from "./types.ts";

/**
 * Runs every extractor over the view; returns the candidates sorted by start, and (when
 * `trace` is true, the default) a trace of every match. Production runs pass false: the
 * trace costs a string per match.
 */
export function runExtractors(
  context: ExtractContext,
  extractors: readonly Extractor[],
  trace = true,
): { candidates: Candidate[]; steps: TraceStep[] } {
  const candidates: Candidate[] = [];
  const steps: TraceStep[] = [];
  const view = context.view;
  for (const extractor of extractors) {
    const pattern = extractor.pattern;
    if (!pattern.global) throw new TypeError(`extractor ${extractor.name}: pattern needs the g flag`);
    // exec on the shared pattern, as matchAll would do on a copy (matchAll clones the regex per call).
    pattern.lastIndex = 0;
    for (let match = pattern.exec(view); match !== null; match = pattern.exec(view)) {
      const end = match.index + match[0].length;
      if (match[0] === "") pattern.lastIndex = end + 1;
      const next = pattern.lastIndex;
      const candidate = extractor.extract(context, match);
      pattern.lastIndex = next;
      if (trace) {
        steps.push({
          stage: "match",
          extractor: extractor.name,
          start: match.index,
          end,
          text: context.sentence.slice(match.index, end),
          accepted: candidate !== null,
        });
      }
      if (candidate) candidates.push(candidate);
    }
    pattern.lastIndex = 0;
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  return { candidates, steps };
}
