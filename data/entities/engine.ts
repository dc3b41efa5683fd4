import type { DocContext, SentenceSpan } from "../types.ts";
import type { Candidate, EntityRule, MentionRefiner, MentionTrace, RuleContext } from "./types.ts";

/** Runs every rule over one sentence, then the refiners in order; records each stage in `trace` when given. */
export function runSentence(
  doc: DocContext,
  sentence: SentenceSpan,
  rules: readonly EntityRule[],
  refiners: ReadonlyArray<{ name: string; refine: MentionRefiner }>,
  trace?: MentionTrace[],
): Candidate[] {
  const context: RuleContext = { doc, sentence };
  let candidates: Candidate[] = [];
  const text = sentence.text;
  for (const rule of rules) {
    const pattern = rule.pattern;
    if (!pattern.global) throw new TypeError(`entity rule "${rule.name}" needs a global (g) pattern`);
    // exec on the shared pattern, as matchAll would do on a copy (matchAll clones the regex per call).
    pattern.lastIndex = 0;
    for (;;) {
      if (rule.skipTo) {
        const to = rule.skipTo(text, pattern.lastIndex);
        if (to > text.length) break;
        if (to > pattern.lastIndex) pattern.lastIndex = to;
      }
      const match = pattern.exec(text);
      if (match === null) break;
      if (match[0] === "") pattern.lastIndex = match.index + 1;
      const next = pattern.lastIndex;
      const found = rule.extract(context, match);
      pattern.lastIndex = next;
      if (found) candidates.push(found);
    }
    pattern.lastIndex = 0;
  }
  trace?.push({ sentence_id: sentence.sentence_id, stage: "rules", candidates });
  for (const { name, refine } of refiners) {
    candidates = refine(context, candidates);
    trace?.push({ sentence_id: sentence.sentence_id, stage: name, candidates });
  }
  return candidates;
}
