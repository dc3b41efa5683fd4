import type { DocumentRow, FactRow, IndicatorValueRow } from "../types.ts";
import { measureOf } from "./match.ts";
import { factRegion } from "./region.ts";
import { INDICATOR_BY_ID, LEVEL_UNIT_CONVERSIONS, type Measure } from "./registry.ts";

/** How a fact's region is found; the default reads the region columns (see region.ts). */
export type RegionOf = (fact: FactRow, doc: DocumentRow | undefined) => string | null;

interface Candidate {
  fact: FactRow;
  doc: DocumentRow | undefined;
  region: string | null;
  measure: Measure;
  /** File order of the document, for a stable choice. */
  rank: number;
}

/** Preference of a fact for its cell: lower is better. Targets stated in a target list, results in a review section or with their year written. */
function preference(c: Candidate): number {
  const basis = c.fact.target_basis ?? "";
  if (c.fact.is_target) return basis.startsWith("target list") ? 0 : basis.startsWith("plan section") ? 1 : 2;
  // A result stated exactly beats one bounded (突破2万亿元、达到23562亿元).
  const bounded = c.fact.qualifier === null ? 0 : 1;
  if (basis.startsWith("review section") || basis.startsWith("period")) return bounded;
  return 2 + bounded;
}

/** Position of the fact's unit among its indicator's level units (a growth's percent ranks first). */
function unitRank(c: Candidate): number {
  const units = INDICATOR_BY_ID.get(c.fact.indicator!)?.levelUnits ?? [];
  const i = units.indexOf(c.fact.unit);
  return c.measure === "growth" || i === -1 ? 0 : i;
}

function describe(c: Candidate): string {
  return c.fact.is_target ? (c.fact.target_basis ?? "target") : (c.fact.target_basis ?? "result");
}

/** The period as written when the figure covers less than a year (上半年, 1-8月份), else null. */
function subYear(fact: FactRow): string | null {
  return fact.ref_period !== null && fact.ref_period !== "year" ? (fact.period ?? fact.ref_period) : null;
}

/** The two facts of one range (5%—5.5%) are one alternative: the lower end stands for both. */
function sameRange(a: FactRow, b: FactRow): boolean {
  return a.sentence_id === b.sentence_id && a.value_low !== null && a.value_low === b.value_low && a.value_high === b.value_high;
}

/**
 * The analyst's table: for each region × indicator × measure × reference year × target/result,
 * the fact that fills the cell and the other facts that could have. A fact needs an indicator and a
 * measure its indicator takes; a figure without a known year gets a cell of its own (year null), and
 * one for less than a year (上半年, 1-8月份) a cell per period as written. Without a known region, cells are kept per
 * document (region null): two reports of unknown place are never merged into one region. The
 * choice prefers a level in the indicator's first unit (元 before its conversion to 美元), then targets
 * of a target list and results of a review section, then the earliest fact (document order, then
 * position): a report states its headline figures first.
 */
export function indicatorValues(
  documents: readonly DocumentRow[],
  facts: readonly FactRow[],
  regionOf: RegionOf = factRegion,
): IndicatorValueRow[] {
  const docs = new Map(documents.map((d, i) => [d.doc_id, { doc: d, rank: i }]));
  const cells = new Map<string, Candidate[]>();
  for (const fact of facts) {
    if (fact.indicator === null) continue;
    const indicator = INDICATOR_BY_ID.get(fact.indicator);
    if (!indicator) throw new TypeError(`indicatorValues: fact ${fact.fact_id} has unknown indicator ${fact.indicator}`);
    const measure = measureOf(indicator, fact.kind, fact.unit);
    if (measure === null) continue;
    const entry = docs.get(fact.doc_id);
    const region = regionOf(fact, entry?.doc);
    const scope = fact.is_target ? "target" : "result";
    // A half year or 1-8月 is its own cell, never the year's: the span as written is part of the key.
    const span = subYear(fact);
    const key = [region ?? `doc:${fact.doc_id}`, fact.indicator, measure, fact.ref_year, fact.ref_period, span, scope].join("\u0000");
    const list = cells.get(key) ?? [];
    list.push({ fact, doc: entry?.doc, region, measure, rank: entry?.rank ?? Number.MAX_SAFE_INTEGER });
    cells.set(key, list);
  }
  const rows: IndicatorValueRow[] = [];
  for (const list of cells.values()) {
    // A cell has one unit: the indicator's first (人均地区生产总值98094元 over a conversion, 约合20533美元).
    list.sort((a, b) => unitRank(a) - unitRank(b) || preference(a) - preference(b) || a.rank - b.rank || a.fact.start - b.fact.start);
    const chosen = list[0]!;
    const others = list.slice(1).filter((c) => !sameRange(c.fact, chosen.fact));
    const f = chosen.fact;
    const converted = LEVEL_UNIT_CONVERSIONS[f.unit];
    const to = (v: number | null) => (v === null || !converted ? v : v / converted.divisor);
    rows.push({
      region: chosen.region,
      indicator: f.indicator!,
      measure: chosen.measure,
      ref_year: f.ref_year,
      ref_period: f.ref_period,
      period: subYear(f),
      scope: f.is_target ? "target" : "result",
      fact_id: f.fact_id,
      doc_id: f.doc_id,
      sentence_id: f.sentence_id,
      value: to(f.value)!,
      value_low: to(f.value_low),
      value_high: to(f.value_high),
      unit: converted?.unit ?? f.unit,
      qualifier: f.qualifier,
      text: f.text,
      alternatives: others.length,
      alternative_ids: others.map((c) => c.fact.fact_id),
      basis: `${describe(chosen)}; ${f.ref_basis ?? ""}${converted ? `; ${converted.label}` : ""}`.trim(),
    });
  }
  const rankOf = (id: string) => docs.get(id)?.rank ?? Number.MAX_SAFE_INTEGER;
  // Code-unit order, not a locale's: the same input must give byte-identical tables anywhere.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort(
    (a, b) =>
      cmp(a.region ?? "\uffff", b.region ?? "\uffff") ||
      (a.region === null ? rankOf(a.doc_id) - rankOf(b.doc_id) : 0) ||
      cmp(a.indicator, b.indicator) ||
      cmp(a.measure, b.measure) ||
      (a.ref_year ?? 0) - (b.ref_year ?? 0) ||
      cmp(a.ref_period ?? "", b.ref_period ?? "") ||
      cmp(a.period ?? "", b.period ?? "") ||
      cmp(a.scope, b.scope),
  );
}
