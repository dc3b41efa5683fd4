import type { Span } from "./types.ts";

/**
 * Positions covered by the spans kept so far, as a Fenwick tree of counts: "is any of
 * [start, end) covered?" and "cover [start, end)" in O(log n) per position. Kept spans never
 * overlap, so covering costs O(n log n) in all, and overlap removal is O(n log n) in the text
 * length and the span count instead of comparing every pair (issue 17: a 640K-character line).
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

/** Up to this many spans, comparing pairs is cheaper than allocating the coverage tree. */
const SMALL = 24;

/** keepBest by comparing each span with the kept ones: the definition, for short lists. */
function keepBestPairwise<T extends Span>(items: readonly T[], better: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const c of [...items].sort(better)) {
    let free = true;
    if (c.end > c.start) {
      for (const k of kept) {
        if (k.end > k.start && c.start < k.end && k.start < c.end) {
          free = false;
          break;
        }
      }
    }
    if (free) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The one overlap removal: spans ranked by `better` (negative when `a` beats `b`; the sort is
 * stable, so equal spans keep their input order), each kept unless it overlaps a span kept
 * before it. An empty span overlaps nothing and is kept. Returns the kept spans in text order.
 */
export function keepBest<T extends Span>(items: readonly T[], better: (a: T, b: T) => number): T[] {
  if (items.length < 2) return [...items];
  if (items.length <= SMALL) return keepBestPairwise(items, better);
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const c of items) {
    if (c.start < min) min = c.start;
    if (c.end > max) max = c.end;
  }
  const covered = new Coverage(Math.max(0, max - min));
  const kept: T[] = [];
  for (const c of [...items].sort(better)) {
    if (c.end <= c.start) {
      kept.push(c);
      continue;
    }
    if (covered.any(c.start - min, c.end - min)) continue;
    covered.cover(c.start - min, c.end - min);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Longer spans first, then earlier ones: the usual ranking (2023年5月12日 over 5月12日). */
export function longerFirst(a: Span, b: Span): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start;
}
