import type { EntityType } from "../../types.ts";
import type { Candidate } from "../types.ts";

/** A candidate covering a rule's whole match (look-arounds are outside it), with no canonical name or role. */
export function wholeMatch(match: RegExpExecArray, type: EntityType, rule: string, priority: number): Candidate {
  return { start: match.index, end: match.index + match[0].length, text: match[0], type, canonical: null, role: null, rule, priority };
}
