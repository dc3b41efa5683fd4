import { keepBest } from "../../engine/overlap.ts";
import type { Candidate, MentionRefiner } from "../types.ts";

/** Longer first, then lower priority (gazetteer before rules), then earlier start. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

/** Keeps the best of overlapping candidates (see compareCandidates); output in text order. */
export const removeOverlaps: MentionRefiner = (_context, candidates) => keepBest(candidates, compareCandidates);
