// The overview's first view (summary.json in the corpus archive), computed at build
// time by data/site/summary.ts so the page paints before DuckDB-WASM has loaded.
import type { FactRow } from "./index.js";

/** The fact fields the overview shows and links with. */
export type FactBrief = Pick<
  FactRow,
  "fact_id" | "doc_id" | "text" | "value" | "unit" | "classifier" | "kind" | "qualifier" | "metric" | "period" | "is_target"
>;

/** One report in the corpus table. */
export interface ReportSummary {
  doc_id: string;
  file: string;
  title: string;
  subtitle: string | null;
  region: string | null;
  /** Short region label (苏州高新区, 黔东南州, 内蒙古) or 地区未定. */
  region_short: string;
  /** Path from the province down (江苏省/苏州市/苏州工业园区), or null. */
  region_path: string | null;
  year: number | null;
  chars: number;
  sentences: number;
  facts: number;
}

/** Reports and characters for one region and year. */
export interface CorpusCell {
  region_short: string;
  region_path: string | null;
  year: number | null;
  reports: number;
  chars: number;
  facts: number;
}

/** Corpus-wide counts for the KPI cards. */
export interface Kpis {
  reports: number;
  regions: number;
  years: number[];
  chars: number;
  sentences: number;
  facts: number;
  amounts: number;
  targets: number;
  entities: number;
  mentions: number;
  events: number;
  errors: number;
}

/** One headline indicator of one region (or report) and reference year: its level, growth rate and rank where the text gives them. */
export interface HeadlineRow {
  /** The indicator's Chinese name (data/indicators/registry.ts). */
  indicator: string;
  doc_id: string;
  region_short: string;
  region_path: string | null;
  /** The year the figures refer to (indicator_values.ref_year), or null when the report does not tell. */
  year: number | null;
  period: string | null;
  amount: FactBrief | null;
  growth: FactBrief | null;
  rank: FactBrief | null;
}

/** One of the largest amounts, with the words before it. */
export interface LargestAmount extends FactBrief {
  region_short: string;
  region_path: string | null;
  year: number | null;
  /** Up to CONTEXT_CHARS code points of the sentence before the fact, then the fact. */
  context: string;
}

/** Everything the overview paints first. */
export interface Summary {
  kpis: Kpis;
  reports: ReportSummary[];
  corpus: CorpusCell[];
  headline: HeadlineRow[];
  largest: LargestAmount[];
}
