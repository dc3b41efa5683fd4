import { describe, expect, it } from "vitest";
import { compareCandidates, removeOverlaps } from "../../../data/entities/refiners/removeOverlaps.ts";
import type { Candidate } from "../../../data/entities/types.ts";

const at = (start: number, end: number, priority = 1, rule = "r"): Candidate =>
  ({ start, end, text: "x".repeat(end - start), type: "company", canonical: null, role: null, rule, priority }) as Candidate;

/** The former pairwise version: the reference the sweep must agree with. */
function pairwise(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort(compareCandidates)) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

// A fixed linear congruential generator: the same "random" candidates on every run.
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe("removeOverlaps", () => {
  it.each([
    ["longer wins", [at(0, 4), at(2, 8)], [at(2, 8)]],
    ["gazetteer wins a tie", [at(0, 4, 2), at(0, 4, 0)], [at(0, 4, 0)]],
    ["adjacent spans both stay", [at(0, 4), at(4, 8)], [at(0, 4), at(4, 8)]],
    ["a span inside a longer one goes", [at(3, 5), at(0, 10), at(10, 12)], [at(0, 10), at(10, 12)]],
  ])("%s", (_name, input, expected) => {
    expect(removeOverlaps({} as never, input)).toEqual(expected);
  });

  it("agrees with the pairwise version on 200 random sets of overlapping candidates", () => {
    const random = lcg(17);
    for (let round = 0; round < 200; round++) {
      const candidates = Array.from({ length: 1 + Math.floor(random() * 40) }, () => {
        const start = 5 + Math.floor(random() * 60);
        return at(start, start + 1 + Math.floor(random() * 12), Math.floor(random() * 4), random() < 0.5 ? "a" : "b");
      });
      expect(removeOverlaps({} as never, candidates)).toEqual(pairwise(candidates));
    }
  });

  it("keeps 60,000 disjoint candidates of a 640K-character line without comparing every pair", () => {
    // Issue 17: the pairwise loop took 74 s on such a line; the sweep takes milliseconds.
    const candidates = Array.from({ length: 60_000 }, (_, i) => at(i * 10, i * 10 + 6));
    const started = performance.now();
    expect(removeOverlaps({} as never, candidates)).toHaveLength(60_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
