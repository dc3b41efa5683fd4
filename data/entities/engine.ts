import { runRefiners, runRules } from "../engine/run.ts";
import type { Refiner } from "../engine/types.ts";
import type { DocContext, SentenceSpan } from "../types.ts";
import type { Candidate, EntityRule, MentionTrace, RuleContext } from "./types.ts";

/** How a candidate reads in a trace: 山推工程机械股份有限公司/company(company)@12. */
function label(c: Candidate): string {
  return `${c.text}/${c.type}(${c.rule})@${c.start}`;
}

/** Runs every rule over one sentence, then the refiners in order (the engine); records each stage in `trace` when given. */
export function runSentence(
  doc: DocContext,
  sentence: SentenceSpan,
  rules: readonly EntityRule[],
  refiners: readonly Refiner<RuleContext, Candidate>[],
  trace?: MentionTrace[],
): Candidate[] {
  const context: RuleContext = { doc, sentence };
  trace?.push({ stage: "note", text: `sentence ${sentence.sentence_id}: ${sentence.text}` });
  const candidates = runRules(sentence.text, context, rules, trace ? { trace } : {});
  return runRefiners(context, candidates, refiners, trace, label);
}
