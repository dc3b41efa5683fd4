import { RESULT_MARKER, TARGET_CUE } from "../lexicon.ts";
import type { Candidate, ExtractContext } from "../types.ts";

// Compiled once: these run for every fact.
const TARGET_CUES = new RegExp(TARGET_CUE.source, "g");
const RESULT = new RegExp(RESULT_MARKER.source);
const YEAR_IN_PERIOD = /(\d{4})年/;

/**
 * Words before 预计 that make it an estimate of a year already reviewed, not a plan (在回顾河北省2024年工作时表示，2024年
 * 预计全省生产总值增长5.2%; 过去一年…预计).
 */
const REVIEWED = /回顾|过去的?一年|一年来|去年|上年/;

/** The last target cue in `before` (the sentence up to the fact), or null. */
function lastCue(before: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  TARGET_CUES.lastIndex = 0;
  for (let m = TARGET_CUES.exec(before); m !== null; m = TARGET_CUES.exec(before)) {
    if (m[0] === "") TARGET_CUES.lastIndex++;
    last = m;
  }
  TARGET_CUES.lastIndex = 0;
  return last;
}

/**
 * True when the fact is a plan or goal. A year in the fact's period decides first (a later
 * year than the report's is a target, an earlier one a result); otherwise a target cue
 * earlier in the sentence (力争, 计划, 预计, 确保, 年内, 启动, 建成后 …) puts the fact under a
 * plan unless a past marker (已, 了, 累计, 截至) comes between them. Without a cue the
 * paragraph's mode decides: in a plan (a work-plan report) 实施…128个, 新增…27公里 are targets
 * unless a past marker precedes them; elsewhere they are results.
 */
export function isTarget(context: ExtractContext, fact: Candidate): boolean {
  return decide(context, fact).target;
}

/** isTarget with the cue it found (one scan of the sentence before the fact serves both isTarget and targetBasis). */
function decide(context: ExtractContext, fact: Candidate): { target: boolean; cue: RegExpExecArray | null } {
  const year = fact.period ? YEAR_IN_PERIOD.exec(fact.period) : null;
  if (year && context.year !== null && Number(year[1]) !== context.year) return { target: Number(year[1]) > context.year, cue: null };
  const before = context.view.slice(0, fact.start);
  const cue = lastCue(before);
  if (cue === null) return { target: context.mode === "plan" && !RESULT.test(before), cue };
  if (cue[0] === "预计" && REVIEWED.test(before.slice(0, cue.index))) return { target: false, cue };
  return { target: !RESULT.test(before.slice(cue.index + cue[0].length)), cue };
}

/** Why `isTarget` decided as it did, for `target_basis`. */
export function targetBasis(context: ExtractContext, fact: Candidate, target: boolean, found?: RegExpExecArray | null): string {
  if (fact.period && YEAR_IN_PERIOD.test(fact.period) && context.year !== null) return `period: ${fact.period}`;
  const cue = found !== undefined ? found : lastCue(context.view.slice(0, fact.start));
  if (cue && !target && cue[0] === "预计" && REVIEWED.test(context.view.slice(0, cue.index)))
    return "预计 after words of a review: an estimated result";
  if (cue) return target ? `cue: ${cue[0]}` : `cue ${cue[0]} closed by a past marker`;
  return context.mode === null ? "no cue" : `paragraph: ${context.mode}`;
}

/** Sets `is_target` and `target_basis` on every fact (in place; returns `facts`). */
export function attributeTargets(context: ExtractContext, facts: Candidate[]): Candidate[] {
  // In place: the facts are attributePeriods' fresh copies (see extract.ts), and a copy per figure cost
  // more than the decision. Same keys, same order, same values as { ...f, is_target, target_basis }.
  for (const f of facts) {
    const { target, cue } = decide(context, f);
    const basis = targetBasis(context, f, target, cue);
    f.is_target = target;
    f.target_basis = basis;
  }
  return facts;
}
