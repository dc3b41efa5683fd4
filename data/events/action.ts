import { runRules } from "../engine/run.ts";
import type { Rule } from "../engine/types.ts";
import {
  ACTIONS,
  GENERIC_ACTIONS,
  MILESTONES,
  MODIFIER_AFTER,
  NOUN_AFTER,
  NOUN_BEFORE,
  PLAN_MARKERS,
  PREPARED,
  RATE_AFTER,
} from "./lexicon.ts";
import type { ActionMatch } from "./types.ts";

/** Whether the clause plans the action at `index` instead of reporting it (推进…开工), or names projects by it (新开工项目). */
function planned(clause: string, index: number, end: number): boolean {
  // Include the action's first character: the marker may belong to the action's own noun (推进会召开).
  const after = clause.slice(end);
  if (PLAN_MARKERS.test(clause.slice(0, index + 1)) || PREPARED.test(after) || RATE_AFTER.test(after) || MODIFIER_AFTER.test(after))
    return true;
  return NOUN_AFTER.test(after) && NOUN_BEFORE.test(clause.slice(0, index));
}

/** ACTIONS as engine rules (global patterns compiled once: findAction runs for every dated clause); planned ones are rejected. */
const ACTION_RULES: ReadonlyArray<Rule<string, ActionMatch>> = ACTIONS.map(({ action, pattern }) => ({
  name: action,
  pattern: new RegExp(pattern.source, "g"),
  extract: (clause, m) => (planned(clause, m.index, m.index + m[0].length) ? null : { action, index: m.index, text: m[0] }),
}));

/** The milestone rules, for the other milestones of a clause. */
const MILESTONE_RULES = ACTION_RULES.filter((r) => MILESTONES.has(r.name));

/**
 * The clause with quoted slogans blanked out (以“开年就是开工、开工就要实干”的奋进姿态): a quotation listing phrases is a
 * motto, and its action words tell of nothing that happened. A quoted name stays (“云签约”, “双招双引”集中签约).
 * Same length, so indices into the clause hold.
 */
export function withoutSlogans(clause: string): string {
  return clause.includes("“") ? clause.replace(SLOGAN, (q) => "\u3000".repeat(q.length)) : clause;
}
const SLOGAN = /“[^“”]*[、，,；;][^“”]*”/g;

/** The most specific action in a clause (see ACTIONS: the first rule that fires wins), skipping planned ones; null when none. */
export function findAction(clause: string): ActionMatch | null {
  const said = withoutSlogans(clause);
  return runRules(said, said, ACTION_RULES, { limit: 1 })[0] ?? null;
}

/**
 * Every action of a clause: the most specific one (findAction), then each other project milestone
 * (签约, 开工, 竣工, 投产) the clause also states as done (集中签约暨开工仪式 → 签约 and 开工).
 */
export function findActions(clause: string): ActionMatch[] {
  const first = findAction(clause);
  if (first === null || !MILESTONES.has(first.action)) return first === null ? [] : [first];
  const found = [first];
  const said = withoutSlogans(clause);
  for (const rule of MILESTONE_RULES) {
    if (rule.name === first.action) continue;
    const hit = runRules(said, said, [rule], { limit: 1 })[0];
    if (hit) found.push(hit);
  }
  return found;
}

/**
 * The clause's action, or the section heading's when the clause only says a ceremony was held
 * (“海川路北延上跨新兖铁路立交桥转体合龙” over "…立交桥转体仪式举行" → 合龙). A generic or
 * meeting action in the heading changes nothing.
 */
export function actionWithHeading(action: ActionMatch, heading: string | null): ActionMatch {
  if (!GENERIC_ACTIONS.has(action.action) || heading === null) return action;
  const fromHeading = findAction(heading);
  if (!fromHeading || GENERIC_ACTIONS.has(fromHeading.action) || fromHeading.action === "会议") return action;
  return { ...action, action: fromHeading.action };
}
