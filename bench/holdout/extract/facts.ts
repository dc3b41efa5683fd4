// Matching a document's extracted facts against its gold facts, shared by the held-out scorers.
import type { FactRow } from "../../../data/types.ts";

/** A gold fact: value, unit and (for thresholds and the like) kind. */
export type GoldFact = [value: number, unit: string, kind?: string];

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Each gold fact consumes one extracted fact with the same value and unit (and kind when given): the misses and the extras. */
export function matchFacts(facts: readonly FactRow[], gold: readonly GoldFact[]): { missed: GoldFact[]; extra: FactRow[] } {
  const pool = [...facts];
  const missed: GoldFact[] = [];
  for (const g of gold) {
    const [value, unit, kind] = g;
    const i = pool.findIndex((f) => same(f.value, value) && f.unit === unit && (kind === undefined || f.kind === kind));
    if (i >= 0) pool.splice(i, 1);
    else missed.push(g);
  }
  return { missed, extra: pool };
}

/** Facts scored over a folder: gold facts found, and extracted facts right, in documents whose gold lists facts. */
export class FactTally {
  gold = 0;
  found = 0;
  extracted = 0;
  right = 0;

  /** Matches one document (nothing when its gold leaves facts out) and adds it to the counts. */
  add(facts: readonly FactRow[], gold: readonly GoldFact[] | undefined): { missed: GoldFact[]; extra: FactRow[] } {
    if (!gold) return { missed: [], extra: [] };
    const result = matchFacts(facts, gold);
    this.gold += gold.length;
    this.found += gold.length - result.missed.length;
    this.extracted += facts.length;
    this.right += facts.length - result.extra.length;
    return result;
  }
}
