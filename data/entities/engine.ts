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
  for (const rule of rules) {
    if (!rule.pattern.global) throw new TypeError(`entity rule "${rule.name}" needs a global (g) pattern`);
    for (const match of sentence.text.matchAll(rule.pattern)) {
      const found = rule.extract(context, match as RegExpExecArray);
      if (found) candidates.push(found);
    }
  }
  trace?.push({ sentence_id: sentence.sentence_id, stage: "rules", candidates });
  for (const { name, refine } of refiners) {
    candidates = refine(context, candidates);
    trace?.push({ sentence_id: sentence.sentence_id, stage: name, candidates });
  }
  return candidates;
}
