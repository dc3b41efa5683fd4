// Queries of the facts page: the filter options, and the facts matching the analyst's filters
// (every value a bound parameter, never spliced into the SQL text).

import type { DuckDBClient } from "npm:@observablehq/duckdb";
import type { Table } from "npm:apache-arrow";
import type { FactRow } from "../contract/index.js";

/** "No qualifier" in the qualifier filter. */
export const NO_QUALIFIER = "无";
/** "Year unknown" in the year filter. */
export const UNKNOWN_YEAR = "不详";

/** The page's filters; "" means any. */
export interface FactFilters {
  /** A region path or one of its prefixes (山东省 includes its cities and zones). */
  region: string;
  /** A report year, UNKNOWN_YEAR, or "". */
  year: string;
  kind: string;
  unit: string;
  /** A qualifier, NO_QUALIFIER, or "". */
  qualifier: string;
  target: "" | "target" | "result";
  /** Words the metric contains (case-insensitive). */
  q: string;
}

/** The columns every fact listing shows: the figure, where it stands, and what it is. */
export type FactCore = Pick<
  FactRow,
  | "fact_id"
  | "doc_id"
  | "sentence_id"
  | "start"
  | "end"
  | "text"
  | "value"
  | "unit"
  | "unit_text"
  | "classifier"
  | "kind"
  | "qualifier"
  | "period"
  | "is_target"
  | "region"
>;

/** One selected fact with its report's year, title and file. */
export type SelectedFact = FactCore & Pick<FactRow, "metric"> & { year: number | null; title: string; file: string };

/** The columns of a selection, in download order. */
export const SELECTION_COLUMNS: readonly (keyof SelectedFact)[] = [
  "fact_id",
  "doc_id",
  "sentence_id",
  "start",
  "end",
  "text",
  "value",
  "unit",
  "unit_text",
  "classifier",
  "kind",
  "qualifier",
  "metric",
  "period",
  "is_target",
  "region",
  "year",
  "title",
  "file",
];

/** The WHERE clause (possibly empty) and its parameters for `filters`, over `facts f join documents d`. */
export function factsWhere(filters: FactFilters): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filters.region) add("(f.region_path = ? or starts_with(f.region_path, ?))", filters.region, `${filters.region}/`);
  if (filters.year === UNKNOWN_YEAR) add("d.year is null");
  else if (filters.year) add("d.year = ?", Number(filters.year));
  if (filters.kind) add("f.kind = ?", filters.kind);
  if (filters.unit) add("f.unit = ?", filters.unit);
  if (filters.qualifier === NO_QUALIFIER) add("f.qualifier is null");
  else if (filters.qualifier) add("f.qualifier = ?", filters.qualifier);
  if (filters.target) add(filters.target === "target" ? "f.is_target" : "not f.is_target");
  const q = filters.q.trim();
  if (q) add("contains(lower(coalesce(f.metric, '')), lower(?))", q);
  return { where: clauses.length ? `where ${clauses.join(" and ")}` : "", params };
}

const plain = (table: Table) => table.toArray().map((r) => r.toJSON());

/** The facts matching `filters`, by file and position, as rows and as the Arrow table (for Parquet downloads). */
export async function selectFacts(db: DuckDBClient, filters: FactFilters): Promise<{ rows: SelectedFact[]; table: Table }> {
  const { where, params } = factsWhere(filters);
  const columns = SELECTION_COLUMNS.map((c) => (c === "year" || c === "title" || c === "file" ? `d.${c}` : `f."${c}"`)).join(", ");
  const table = await db.query(`select ${columns} from facts f join documents d using (doc_id) ${where} order by d.file, f.start`, params);
  return { rows: plain(table) as unknown as SelectedFact[], table };
}

/** What the filters offer: every level of every fact's region path, report years, units; the fact total; stated ranks. */
export async function factOptions(db: DuckDBClient): Promise<{
  regions: string[];
  years: string[];
  units: string[];
  total: number;
  ranks: Array<{ sentence_id: string; metric: string | null; rank: number }>;
}> {
  const [paths, years, units, total, ranks] = await Promise.all([
    db.query("select distinct region_path as v from facts where region_path is not null order by v"),
    db.query("select distinct year as v from documents where year is not null order by v"),
    db.query("select distinct unit as v from facts where unit is not null order by v"),
    db.query("select count(*)::INTEGER as n from facts"),
    db.query("select sentence_id, metric, value as rank from facts where kind = 'rank'"),
  ]);
  const values = (t: Table) => plain(t).map((r) => String(r.v));
  const regions = new Set<string>();
  for (const path of values(paths)) {
    const parts = path.split("/");
    for (let i = 1; i <= parts.length; i++) regions.add(parts.slice(0, i).join("/"));
  }
  return {
    regions: [...regions].sort((a, b) => a.localeCompare(b, "zh-CN")),
    years: values(years),
    units: values(units),
    total: plain(total)[0]!.n as number,
    ranks: plain(ranks) as Array<{ sentence_id: string; metric: string | null; rank: number }>,
  };
}
