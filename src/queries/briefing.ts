// The briefing's rows for every region that has reports: each report's region path and
// its ancestors (a province or city includes its zones), so any ?region= the page can
// show is answered at build time (views/briefing.json) and it paints without DuckDB-WASM.
// Figures pass the one gate, isBriefingFigure: amounts and rates of identified indicators.

import type { DocumentRow, EventRow, FactRow } from "../contract/index.js";
import { FIGURE_KINDS, isBriefingFigure } from "./briefingFacts.js";
import type { QuerySource } from "./source.js";

/** One report of the region with its fact and event counts. */
export type BriefingReport = Pick<DocumentRow, "doc_id" | "title" | "year"> & { facts: number; events: number };

/** A figure with its report's year and source sentence. */
export type BriefingFact = Pick<
  FactRow,
  "fact_id" | "doc_id" | "text" | "value" | "unit" | "classifier" | "kind" | "qualifier" | "metric" | "period" | "is_target" | "indicator"
> & { year: number | null; sentence: string };

/** A dated event. */
export type BriefingEvent = Pick<EventRow, "event_id" | "doc_id" | "action" | "text" | "amount_cny">;

export interface BriefingView {
  reports: BriefingReport[];
  /** Reports about the region itself (not about a place inside it). */
  own: number;
  /** Facts, yuan facts (figures or not) and events of the region, for the totals. */
  factCount: number;
  yuanCount: number;
  eventCount: number;
  /** The largest result amount in yuan of each report year. */
  amounts: BriefingFact[];
  /** Growth rates and shares (results). */
  rates: BriefingFact[];
  targets: BriefingFact[];
  /** The 8 largest dated events. */
  events: BriefingEvent[];
}

/** The briefing of a region without reports. */
export const EMPTY_BRIEFING: BriefingView = {
  reports: [],
  own: 0,
  factCount: 0,
  yuanCount: 0,
  eventCount: 0,
  amounts: [],
  rates: [],
  targets: [],
  events: [],
};

/**
 * The region a briefing opens on when the address names none: the one most reports are about (its own,
 * not its zones'), then the one with most facts, then the first path; null for a corpus without regions.
 */
export function defaultBriefingRegion(views: Readonly<Record<string, BriefingView>>): string | null {
  let best: string | null = null;
  for (const [path, v] of Object.entries(views).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const b = best === null ? null : views[best]!;
    if (!b || v.own > b.own || (v.own === b.own && v.factCount > b.factCount)) best = path;
  }
  return best;
}

/** Events listed on the briefing. */
export const BRIEFING_EVENTS = 8;

/** A region path and its ancestors: 广东省/珠海市 → 广东省, 广东省/珠海市. */
export function regionAncestors(path: string): string[] {
  const parts = path.split("/");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

type Located<T> = T & { region_path: string | null };

/** Region path → its briefing, for every region with a report. */
export async function briefingView(source: QuerySource): Promise<Record<string, BriefingView>> {
  const reports = (await source.rows(`select d.doc_id, d.title, d.year::INTEGER as year, d.region_path,
      (select count(*) from facts f where f.doc_id = d.doc_id)::INTEGER as facts,
      (select count(*) from facts f where f.doc_id = d.doc_id and f.unit = 'CNY')::INTEGER as yuan,
      (select count(*) from events e where e.doc_id = d.doc_id)::INTEGER as events
    from documents d order by d.year, d.doc_id`)) as Array<Located<BriefingReport> & { yuan: number }>;
  // The SQL only narrows to the kinds a figure can have; isBriefingFigure decides.
  const kinds = [...FIGURE_KINDS].map((k) => `'${k}'`).join(", ");
  const facts = (await source.rows(`select f.fact_id, f.doc_id, f.text, f.value, f.unit, f.classifier, f.kind, f.qualifier,
      f.metric, f.period, f.is_target, f.indicator, d.year::INTEGER as year, s.text as sentence, d.region_path
    from facts f join documents d using (doc_id) join sentences s using (sentence_id)
    where f.kind in (${kinds}) order by d.year, d.doc_id, f.start`)) as Array<Located<BriefingFact>>;
  const events = (await source.rows(`select e.event_id, e.doc_id, e.action, e.text, e.amount_cny, d.region_path
    from events e join documents d using (doc_id)
    where e.date is not null order by e.amount_cny desc nulls last, e.date, e.event_id`)) as Array<Located<BriefingEvent>>;
  const regions = [...new Set(reports.flatMap((r) => (r.region_path ? regionAncestors(r.region_path) : [])))].sort();
  const out: Record<string, BriefingView> = {};
  for (const region of regions) {
    const inRegion = <T extends { region_path: string | null }>(rows: T[]): Array<Omit<T, "region_path">> =>
      rows.filter((r) => r.region_path === region || r.region_path?.startsWith(`${region}/`)).map(({ region_path: _, ...rest }) => rest);
    const docs = inRegion(reports);
    const figures = inRegion(facts).filter(isBriefingFigure);
    const years = [...new Set(docs.map((r) => r.year).filter((y) => y != null))];
    out[region] = {
      reports: docs.map(({ yuan: _, ...r }) => r),
      own: reports.filter((r) => r.region_path === region).length,
      factCount: docs.reduce((s, r) => s + r.facts, 0),
      yuanCount: docs.reduce((s, r) => s + r.yuan, 0),
      eventCount: docs.reduce((s, r) => s + r.events, 0),
      amounts: years.flatMap((y) =>
        figures
          .filter((f) => f.year === y && !f.is_target && f.unit === "CNY")
          .sort((a, b) => b.value - a.value)
          .slice(0, 1),
      ),
      rates: figures.filter((f) => !f.is_target && (f.kind === "growth" || f.kind === "share")),
      targets: figures.filter((f) => f.is_target),
      events: inRegion(events).slice(0, BRIEFING_EVENTS),
    };
  }
  return out;
}
