import { ACTIONS, GENERIC_ACTIONS, MILESTONES, PLAN_MARKERS } from "./lexicon.ts";
import type { ActionMatch } from "./types.ts";

/** ACTIONS with global patterns, compiled once (findAction runs for every dated clause). */
const GLOBAL_ACTIONS = ACTIONS.map(({ action, pattern }) => ({ action, pattern: new RegExp(pattern.source, "g") }));

/** The most specific action in a clause (see ACTIONS), skipping planned ones (推进…开工); null when none. */
export function findAction(clause: string): ActionMatch | null {
  for (const { action, pattern } of GLOBAL_ACTIONS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(clause); m !== null; m = pattern.exec(clause)) {
      if (m[0] === "") pattern.lastIndex = m.index + 1;
      // Include the action's first character: the marker may belong to the action's own noun (推进会召开).
      if (PLAN_MARKERS.test(clause.slice(0, m.index + 1))) continue;
      pattern.lastIndex = 0;
      return { action, index: m.index, text: m[0] };
    }
  }
  return null;
}

/**
 * Every action of a clause: the most specific one (findAction), then each other project milestone
 * (签约, 开工, 竣工, 投产) the clause also states as done (集中签约暨开工仪式 → 签约 and 开工).
 */
export function findActions(clause: string): ActionMatch[] {
  const first = findAction(clause);
  if (first === null || !MILESTONES.has(first.action)) return first === null ? [] : [first];
  const found = [first];
  for (const { action, pattern } of GLOBAL_ACTIONS) {
    if (!MILESTONES.has(action) || action === first.action) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(clause); m !== null; m = pattern.exec(clause)) {
      if (PLAN_MARKERS.test(clause.slice(0, m.index + 1))) continue;
      found.push({ action, index: m.index, text: m[0] });
      break;
    }
    pattern.lastIndex = 0;
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
