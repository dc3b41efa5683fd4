import { ACTIONS, PLAN_MARKERS } from "./lexicon.ts";
import type { ActionMatch } from "./types.ts";

/** The most specific action in a clause (see ACTIONS), skipping planned ones (推进…开工); null when none. */
export function findAction(clause: string): ActionMatch | null {
  for (const { action, pattern } of ACTIONS) {
    const global = new RegExp(pattern.source, "g");
    for (const m of clause.matchAll(global)) {
      // Include the action's first character: the marker may belong to the action's own noun (推进会召开).
      if (PLAN_MARKERS.test(clause.slice(0, m.index + 1))) continue;
      return { action, index: m.index, text: m[0] };
    }
  }
  return null;
}
