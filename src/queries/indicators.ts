// Queries of the indicator pages: the analyst's cells and the ledger, each with its report's title
// (the row label while a report's region is unknown). Pages call these; components only shape rows.
// Answered at build time for the first view (views/indicators.json); see source.ts.
import type { QuerySource } from "./source.js";

/** One cell of indicator_values with what a page shows about it. */
export interface IndicatorCell {
  region: string | null;
  indicator: string;
  measure: "level" | "growth";
  ref_year: number | null;
  ref_period: string | null;
  period: string | null;
  scope: "target" | "result";
  fact_id: string;
  doc_id: string;
  sentence_id: string;
  value: number;
  value_low: number | null;
  value_high: number | null;
  unit: string;
  /** The chosen fact's classifier (户, 家, 人) when the unit is a count. */
  classifier: string | null;
  qualifier: string | null;
  text: string;
  alternatives: number;
  basis: string;
  /** The report's title and file, and the sentence the figure is in. */
  title: string;
  file: string;
  sentence: string;
}

/** One row of target_ledger with both figures' sentences. */
export interface LedgerRow {
  region: string;
  indicator: string;
  measure: "level" | "growth";
  year: number;
  target_fact_id: string;
  target_doc_id: string;
  target_value: number;
  target_low: number | null;
  target_high: number | null;
  target_qualifier: string | null;
  unit: string;
  /** The target fact's classifier when the unit is a count. */
  classifier: string | null;
  result_fact_id: string | null;
  result_doc_id: string | null;
  result_value: number | null;
  gap: number | null;
  met: boolean | null;
}

/** Every cell, with its report title and sentence. */
export async function indicatorCells(source: QuerySource): Promise<IndicatorCell[]> {
  const rows =
    await source.rows(`select v.region, v.indicator, v.measure, v.ref_year::INTEGER as ref_year, v.ref_period, v.period, v.scope, v.fact_id, v.doc_id,
      v.sentence_id, v.value, v.value_low, v.value_high, v.unit, f.classifier, v.qualifier, v.text, v.alternatives::INTEGER as alternatives, v.basis,
      d.title, d.file, s.text as sentence
    from indicator_values v join documents d using (doc_id) join sentences s using (sentence_id) join facts f on f.fact_id = v.fact_id
    order by v.region nulls last, d.file, v.indicator, v.measure, v.ref_year nulls last, v.period nulls last, v.scope`);
  return rows as unknown as IndicatorCell[];
}

/** Every ledger row. */
export async function ledgerRows(source: QuerySource): Promise<LedgerRow[]> {
  const rows = await source.rows(`select l.region, l.indicator, l.measure, l.year::INTEGER as year, l.target_fact_id, l.target_doc_id,
      l.target_value, l.target_low, l.target_high, l.target_qualifier, l.unit, f.classifier, l.result_fact_id, l.result_doc_id,
      l.result_value, l.gap, l.met
    from target_ledger l join facts f on f.fact_id = l.target_fact_id order by l.region, l.indicator, l.measure, l.year`);
  return rows as unknown as LedgerRow[];
}

/** The indicator page's first view. */
export interface IndicatorsView {
  cells: IndicatorCell[];
  ledger: LedgerRow[];
}

export async function indicatorsView(source: QuerySource): Promise<IndicatorsView> {
  return { cells: await indicatorCells(source), ledger: await ledgerRows(source) };
}
