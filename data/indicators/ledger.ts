import type { IndicatorValueRow, TargetLedgerRow } from "../types.ts";

/** Indicators where less is better: their targets are ceilings (失业率5.5%以内, 居民消费价格涨幅2%左右, 能耗下降). */
const CEILINGS: ReadonlySet<string> = new Set(["unemployment_rate", "cpi", "energy_intensity"]);

/**
 * Targets beside results: each target cell of year N with a known region, joined to the result
 * cell of the same region, indicator, measure and year from another document (the next year's
 * report or that year's bulletin). A floor is met at or above its lower bound, a ceiling at or
 * below its upper bound; without a result `met` is null.
 */
export function targetLedger(values: readonly IndicatorValueRow[]): TargetLedgerRow[] {
  const results = new Map<string, IndicatorValueRow>();
  // Annual figures of a known year only: a target is for a year, never for its first half.
  const annual = (v: IndicatorValueRow) => v.region !== null && v.ref_year !== null && (v.ref_period === "year" || v.ref_period === null);
  const key = (v: IndicatorValueRow) => [v.region, v.indicator, v.measure, v.ref_year].join("\u0000");
  for (const v of values) if (v.scope === "result" && annual(v)) results.set(key(v), v);
  const rows: TargetLedgerRow[] = [];
  for (const t of values) {
    if (t.scope !== "target" || !annual(t)) continue;
    const candidate = results.get(key(t));
    const r = candidate && candidate.doc_id !== t.doc_id && candidate.unit === t.unit ? candidate : null;
    const ceiling = CEILINGS.has(t.indicator);
    const bound = ceiling ? (t.value_high ?? t.value) : (t.value_low ?? t.value);
    const gap = r ? r.value - bound : null;
    rows.push({
      region: t.region!,
      indicator: t.indicator,
      measure: t.measure,
      year: t.ref_year!,
      target_fact_id: t.fact_id,
      target_doc_id: t.doc_id,
      target_value: t.value,
      target_low: t.value_low,
      target_high: t.value_high,
      target_qualifier: t.qualifier,
      unit: t.unit,
      result_fact_id: r?.fact_id ?? null,
      result_doc_id: r?.doc_id ?? null,
      result_value: r?.value ?? null,
      gap: gap === null ? null : Math.round(gap * 1e6) / 1e6,
      met: gap === null ? null : ceiling ? gap <= 0 : gap >= 0,
    });
  }
  return rows;
}
