import { keepBest } from "../../engine/overlap.ts";
import { runRules } from "../../engine/run.ts";
import type { Rule, TraceStep } from "../../engine/types.ts";
import { YEAR_WEIGHTS } from "../lexicon.ts";
import type { YearContext, YearEvidence, YearRule } from "../types.ts";
import { YEAR_RULES } from "./rules.ts";

/** Evidence with the span it was read from and its rule's place in the precedence order. */
interface Spanned {
  evidence: YearEvidence;
  start: number;
  end: number;
  order: number;
}

/** Year rules as engine rules that keep each evidence's span and precedence, for the overlap refiner. */
function spanned(rules: readonly YearRule[]): Rule<YearContext, Spanned>[] {
  return rules.map((rule, order) => ({
    name: rule.name,
    pattern: rule.pattern,
    extract(context, match) {
      const evidence = rule.extract(context, match);
      return evidence && { evidence, start: match.index, end: match.index + match[0].length, order };
    },
  }));
}

const DEFAULT_RULES = spanned(YEAR_RULES);

/** Earlier rules win overlaps, then earlier matches (one rule's matches never overlap). */
const byPrecedence = (a: Spanned, b: Spanned) => a.order - b.order || a.start - b.start;

/** Every piece of year evidence in one text, earlier rules winning overlaps, in text order; the engine's match steps go to `trace`. */
export function collectYearEvidence(
  context: YearContext,
  source: string,
  rules: readonly YearRule[] = YEAR_RULES,
  trace?: TraceStep[],
): YearEvidence[] {
  const engineRules = rules === YEAR_RULES ? DEFAULT_RULES : spanned(rules);
  const found = runRules(source, { ...context, text: source }, engineRules, trace ? { trace } : {});
  // Back in precedence order before the stable sort by index, as evidence used to be collected.
  return keepBest(found, byPrecedence)
    .sort(byPrecedence)
    .map((s) => s.evidence)
    .sort((a, b) => a.index - b.index);
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
