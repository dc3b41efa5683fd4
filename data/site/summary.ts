// The overview's first view, computed at build time from the ingest result so
// the page paints before DuckDB-WASM has loaded: corpus per region and year, KPI
// values, headline indicators (the indicators page's chosen results), and the largest amounts.

import type { CorpusCell, FactBrief, HeadlineRow, LargestAmount, ReportSummary, Summary } from "../../src/contract/summary.ts";
import { INDICATOR_LABELS } from "../indicators/registry.ts";
import type { IngestResult } from "../ingest/index.ts";
import { regionLabel } from "../regions/names.ts";
import type { DocumentRow, FactRow } from "../types.ts";

export type { CorpusCell, FactBrief, HeadlineRow, Kpis, LargestAmount, ReportSummary, Summary } from "../../src/contract/summary.ts";

/**
 * The overview's headline indicators, in display order: ids of data/indicators/registry.ts, so the
 * overview shows the same chosen cells (indicator_values) as the indicators page.
 */
export const HEADLINE_INDICATORS: readonly string[] = [
  "gdp",
  "industrial_value_added",
  "fixed_asset_investment",
  "general_budget_revenue",
  "foreign_investment",
  "foreign_trade",
  "signed_projects",
];

/** Label of a report whose region is unknown. */
export const UNKNOWN_REGION = "地区未定";

/** How many largest amounts the overview charts. */
export const LARGEST_COUNT = 12;
/** Code points of context before a largest amount. */
export const CONTEXT_CHARS = 16;

/** Short label of a report's region (苏州高新区, 黔东南州), or 地区未定. */
export const regionShort = (doc: Pick<DocumentRow, "region" | "region_level"> | undefined): string =>
  doc?.region && doc.region_level ? regionLabel(doc.region, doc.region_level) : UNKNOWN_REGION;

function brief(f: FactRow): FactBrief {
  const { fact_id, doc_id, text, value, unit, classifier, kind, qualifier, metric, period, is_target } = f;
  return { fact_id, doc_id, text, value, unit, classifier, kind, qualifier, metric, period, is_target };
}

function countBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) out.set(key(row), (out.get(key(row)) ?? 0) + 1);
  return out;
}

/**
 * Headline rows from the analyst's table (indicator_values): results only (targets are plans), one row
 * per region (or report, while its region is unknown), indicator, reference year and period, with the
 * level, the growth rate and a rank stated in the same sentence as either.
 */
export function headlineRows(result: Pick<IngestResult, "documents" | "facts" | "indicator_values">): HeadlineRow[] {
  const docs = new Map(result.documents.map((d) => [d.doc_id, d]));
  const facts = new Map(result.facts.map((f) => [f.fact_id, f]));
  const ranks = new Map<string, FactRow>();
  for (const f of result.facts) if (f.kind === "rank" && !f.is_target && !ranks.has(f.sentence_id)) ranks.set(f.sentence_id, f);
  const rows = new Map<string, HeadlineRow>();
  for (const id of HEADLINE_INDICATORS) {
    for (const v of result.indicator_values) {
      const f = facts.get(v.fact_id);
      if (v.indicator !== id || v.scope !== "result" || !f) continue;
      const doc = docs.get(v.doc_id);
      const key = `${id}|${v.region ?? `doc:${v.doc_id}`}|${v.ref_year ?? ""}|${v.period ?? ""}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          indicator: INDICATOR_LABELS[id] ?? id,
          doc_id: v.doc_id,
          region_short: v.region === null ? UNKNOWN_REGION : v.region === doc?.region ? regionShort(doc) : v.region,
          region_path: f.region_path ?? (v.region === doc?.region ? (doc?.region_path ?? null) : null),
          year: v.ref_year,
          period: v.period,
          amount: null,
          growth: null,
          rank: null,
        };
        rows.set(key, row);
      }
      row[v.measure === "growth" ? "growth" : "amount"] ??= brief(f);
      const rank = ranks.get(f.sentence_id);
      if (rank) row.rank ??= brief(rank);
    }
  }
  return [...rows.values()];
}

/** The largest CNY amounts (results and plans), one per report and value. */
export function largestAmounts(result: Pick<IngestResult, "documents" | "sentences" | "facts">, count = LARGEST_COUNT): LargestAmount[] {
  const docs = new Map(result.documents.map((d) => [d.doc_id, d]));
  const sentences = new Map(result.sentences.map((s) => [s.sentence_id, s]));
  const seen = new Set<string>();
  const out: LargestAmount[] = [];
  const amounts = result.facts.filter((f) => f.kind === "amount" && f.unit === "CNY" && Number.isFinite(f.value));
  // Largest first; ties keep document order (facts arrive sorted by file and offset).
  for (const f of amounts.map((f, i) => ({ f, i })).sort((a, b) => b.f.value - a.f.value || a.i - b.i)) {
    const key = `${f.f.doc_id}|${f.f.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = sentences.get(f.f.sentence_id);
    const before = s ? Array.from(s.text).slice(Math.max(0, f.f.start - s.start - CONTEXT_CHARS), Math.max(0, f.f.start - s.start)) : [];
    const doc = docs.get(f.f.doc_id);
    out.push({
      ...brief(f.f),
      region_short: regionShort(doc),
      region_path: doc?.region_path ?? null,
      year: doc?.year ?? null,
      context: `${before.join("")}${f.f.text}`,
    });
    if (out.length === count) break;
  }
  return out;
}

function corpusCells(documents: readonly DocumentRow[], factsByDoc: Map<string, number>): CorpusCell[] {
  const cells = new Map<string, CorpusCell>();
  for (const d of documents) {
    const key = `${d.region_path ?? ""}|${d.year ?? ""}`;
    const cell = cells.get(key) ?? {
      region_short: regionShort(d),
      region_path: d.region_path,
      year: d.year,
      reports: 0,
      chars: 0,
      facts: 0,
    };
    cell.reports += 1;
    cell.chars += d.chars;
    cell.facts += factsByDoc.get(d.doc_id) ?? 0;
    cells.set(key, cell);
  }
  // Region (unknown last), then year (unknown year last).
  return [...cells.values()].sort(
    (a, b) =>
      (a.region_path ?? "\uffff").localeCompare(b.region_path ?? "\uffff", "zh-CN") ||
      (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER),
  );
}

/** The overview's first view, from an ingest result. */
export function summarize(result: IngestResult): Summary {
  if (!result || !Array.isArray(result.documents)) throw new TypeError("summarize: expected an IngestResult with documents");
  const factsByDoc = countBy(result.facts, (f) => f.doc_id);
  const sentencesByDoc = countBy(result.sentences, (s) => s.doc_id);
  const reports: ReportSummary[] = result.documents.map((d) => ({
    doc_id: d.doc_id,
    file: d.file,
    title: d.title,
    subtitle: d.subtitle,
    region: d.region,
    region_short: regionShort(d),
    region_path: d.region_path,
    year: d.year,
    chars: d.chars,
    sentences: sentencesByDoc.get(d.doc_id) ?? 0,
    facts: factsByDoc.get(d.doc_id) ?? 0,
  }));
  const years = [...new Set(result.documents.flatMap((d) => (d.year == null ? [] : [d.year])))].sort((a, b) => a - b);
  return {
    kpis: {
      reports: result.documents.length,
      regions: new Set(result.documents.flatMap((d) => (d.region_path ? [d.region_path] : []))).size,
      years,
      chars: result.documents.reduce((sum, d) => sum + d.chars, 0),
      sentences: result.sentences.length,
      facts: result.facts.length,
      amounts: result.facts.filter((f) => f.kind === "amount").length,
      targets: result.facts.filter((f) => f.is_target).length,
      entities: result.entities.length,
      mentions: result.mentions.length,
      events: result.events.length,
      errors: result.errors.length,
    },
    reports,
    corpus: corpusCells(result.documents, factsByDoc),
    headline: headlineRows(result),
    largest: largestAmounts(result),
  };
}
