import type { Candidate, MentionRefiner } from "../types.ts";

/** Longer first, then lower priority (gazetteer before rules), then earlier start. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

/**
 * Positions covered by the candidates kept so far, as a Fenwick tree of counts: "is any of
 * [start, end) covered?" and "cover [start, end)" in O(log n) per position. Kept spans never
 * overlap, so covering costs O(n log n) in all, and the refiner is O(n log n) in the sentence
 * length and the candidate count instead of comparing every pair (issue 17: a 640K-character line).
 */
class Coverage {
  private readonly tree: Int32Array;
  constructor(private readonly size: number) {
    this.tree = new Int32Array(size + 1);
  }
  /** Covered positions in [0, end). */
  private prefix(end: number): number {
    let sum = 0;
    for (let i = end; i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }
  any(start: number, end: number): boolean {
    return this.prefix(end) - this.prefix(start) > 0;
  }
  cover(start: number, end: number): void {
    for (let p = start; p < end; p++) for (let i = p + 1; i <= this.size; i += i & -i) this.tree[i]!++;
  }
}

/** Keeps the best of overlapping candidates (see compareCandidates); output in text order. */
export const removeOverlaps: MentionRefiner = (_context, candidates) => {
  if (candidates.length < 2) return [...candidates];
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const c of candidates) {
    min = Math.min(min, c.start);
    max = Math.max(max, c.end);
  }
  const covered = new Coverage(max - min);
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort(compareCandidates)) {
    // An empty span overlaps nothing (c.start < k.end && k.start < c.end never holds for it).
    if (c.end <= c.start || covered.any(c.start - min, c.end - min)) {
      if (c.end <= c.start) kept.push(c);
      continue;
    }
    covered.cover(c.start - min, c.end - min);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
