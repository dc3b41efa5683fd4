import { RESULT_MARKER, TARGET_CUE } from "../lexicon.ts";
import type { Candidate, ExtractContext } from "../types.ts";

/**
 * True when the fact is a plan or goal. A year in the fact's period decides first (a later
 * year than the report's is a target, an earlier one a result); otherwise a target cue
 * earlier in the sentence (力争, 计划, 预计, 确保, 年内, 启动, 建成后 …) puts the fact under a
 * plan unless a past marker (已, 了, 累计, 截至) comes between them. Without a cue the
 * paragraph's mode decides: in a plan (a work-plan report) 实施…128个, 新增…27公里 are targets
 * unless a past marker precedes them; elsewhere they are results.
 */
export function isTarget(context: ExtractContext, fact: Candidate): boolean {
  const year = fact.period ? /(\d{4})年/.exec(fact.period) : null;
  if (year && context.year !== null && Number(year[1]) !== context.year) return Number(year[1]) > context.year;
  const before = context.view.slice(0, fact.start);
  let cueEnd = -1;
  for (const m of before.matchAll(new RegExp(TARGET_CUE.source, "g"))) cueEnd = m.index + m[0].length;
  if (cueEnd < 0) return context.mode === "plan" && !new RegExp(RESULT_MARKER.source).test(before);
  return !new RegExp(RESULT_MARKER.source).test(before.slice(cueEnd));
}

/** Why `isTarget` decided as it did, for `target_basis`. */
export function targetBasis(context: ExtractContext, fact: Candidate, target: boolean): string {
  if (fact.period && /\d{4}年/.test(fact.period) && context.year !== null) return `period: ${fact.period}`;
  const cue = [...context.view.slice(0, fact.start).matchAll(new RegExp(TARGET_CUE.source, "g"))].pop();
  if (cue) return target ? `cue: ${cue[0]}` : `cue ${cue[0]} closed by a past marker`;
  return context.mode === null ? "no cue" : `paragraph: ${context.mode}`;
}

/** Sets `is_target` and `target_basis` on every fact. */
export function attributeTargets(context: ExtractContext, facts: Candidate[]): Candidate[] {
  return facts.map((f) => {
    const is_target = isTarget(context, f);
    return { ...f, is_target, target_basis: targetBasis(context, f, is_target) };
  });
}
