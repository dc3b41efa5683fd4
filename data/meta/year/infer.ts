import { YEAR_WEIGHTS } from "../lexicon.ts";
import type { YearContext, YearEvidence, YearRule } from "../types.ts";
import { YEAR_RULES } from "./rules.ts";

/** Every piece of year evidence in one text, earlier rules winning overlaps, in text order. */
export function collectYearEvidence(context: YearContext, source: string, rules: readonly YearRule[] = YEAR_RULES): YearEvidence[] {
  const taken: Array<[number, number]> = [];
  const found: YearEvidence[] = [];
  for (const rule of rules) {
    for (const match of source.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      const evidence = rule.extract({ ...context, text: source }, match as RegExpExecArray);
      if (!evidence) continue;
      taken.push([start, end]);
      found.push(evidence);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The year with the most weighted evidence (title evidence weighs more), and the words of its strongest evidence. */
export function inferYear(text: string, title: string, region: string | null = null): { year: number | null; year_basis: string | null } {
  const context: YearContext = { text, title, region };
  const evidence = [
    ...collectYearEvidence(context, title).map((e) => ({ ...e, weight: e.weight + YEAR_WEIGHTS.inTitle, index: -1 })),
    ...collectYearEvidence(context, text),
  ];
  if (evidence.length === 0) return { year: null, year_basis: null };
  const totals = new Map<number, number>();
  for (const e of evidence) totals.set(e.year, (totals.get(e.year) ?? 0) + e.weight);
  const strongest = (year: number) => evidence.filter((e) => e.year === year).sort((a, b) => b.weight - a.weight || a.index - b.index)[0]!;
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || strongest(b[0]).weight - strongest(a[0]).weight || a[0] - b[0]);
  const year = ranked[0]![0];
  return { year, year_basis: strongest(year).basis };
}
