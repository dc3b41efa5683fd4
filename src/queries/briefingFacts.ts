// Which facts a briefing may put in front of an audience as a figure. One
// function, so the rule changes in one place (to `indicator IS NOT NULL` once
// facts carry an identified indicator).

/** The fact columns the gate reads. */
export interface FigureFact {
  metric?: string | null;
  kind?: string | null;
  unit?: string | null;
  qualifier?: string | null;
  indicator?: string | null;
}

/** Kinds that are an amount or a rate of an indicator. */
export const FIGURE_KINDS: ReadonlySet<string> = new Set(["amount", "growth", "share"]);

/**
 * Qualifiers allowed on a figure: none or "approx" (约6亿元). "at_least"/"more_than"
 * mark thresholds and size classes (营收过百亿企业, 百亿级项目, 亿元以上): not amounts.
 */
const FIGURE_QUALIFIERS: ReadonlySet<string | null> = new Set([null, "approx"]);

/**
 * True when a fact may be shown as a figure on a slide: an amount or rate of an
 * identified indicator — never a threshold, size class, classifier count or an
 * unidentified metric. When the facts table has `indicator`, it decides what is identified.
 */
export function isBriefingFigure(fact: FigureFact): boolean {
  const identified = fact.indicator !== undefined ? !!fact.indicator : !!fact.metric?.trim() && !fact.metric.includes("未识别");
  if (!identified) return false;
  if (!FIGURE_KINDS.has(fact.kind ?? "") || fact.unit === "count") return false;
  return FIGURE_QUALIFIERS.has(fact.qualifier ?? null);
}
