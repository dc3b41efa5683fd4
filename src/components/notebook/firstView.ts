// The SQL page's first view, answered at build time (data/site/firstViews.ts → views/sql.json):
// the schema browser (columns, row counts, samples) and the results of the notebook's default
// cells, so the page paints them before DuckDB-WASM has started; DuckDB takes over for edits and
// re-runs. No browser or npm: imports: this module also runs under Node.
import { TABLE_NAMES } from "../../contract/index.js";
import { sqlIdent } from "../../contract/sql.js";
import type { QuerySource } from "../../queries/source.js";
import { EXAMPLES } from "./examples.js";
import { checkReadOnly, limitQuery } from "./guard.js";
import type { NotebookCell, ResultColumn } from "./types.js";

/** Cells shown when the link carries no notebook. */
export const DEFAULT_CELLS: readonly NotebookCell[] = [EXAMPLES[6], EXAMPLES[0]].map((e) => ({ title: e.title, sql: e.sql, chart: true }));

/** Rows of a default cell's result shipped with the page; a larger result is left for DuckDB to compute. */
export const FIRST_VIEW_ROWS = 500;

/** One table as the schema browser shows it (values as JSON). */
export interface ViewTable {
  name: string;
  rows: number;
  columns: { name: string; type: string }[];
  sample: Record<string, unknown>[];
}

/** A default cell's result: its exact SQL, the columns with their coarse types, and the rows. */
export interface ViewResult {
  sql: string;
  columns: ResultColumn[];
  rows: Record<string, unknown>[];
}

/** What views/sql.json holds. */
export interface SqlFirstView {
  tables: ViewTable[];
  results: ViewResult[];
}

/** The coarse type the notebook's charts and tables use, from a DuckDB type name. */
export function coarseType(duckdbType: string): ResultColumn["type"] {
  const t = duckdbType.toUpperCase();
  if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DOUBLE|FLOAT|REAL|DECIMAL(\(\d+, ?\d+\))?)$/.test(t)) return "number";
  if (/^(VARCHAR|TEXT|STRING)$/.test(t)) return "string";
  if (/^(DATE|TIMESTAMP( WITH TIME ZONE|_S|_MS|_NS|TZ)?)$/.test(t)) return "date";
  if (t === "BOOLEAN") return "boolean";
  return "other";
}

/** The schema browser's three queries for one table: its columns, its row count and a sample. */
export function schemaQueries(name: string, sampleRows: number): { describe: string; count: string; sample: string } {
  const table = sqlIdent(name);
  return {
    describe: `DESCRIBE ${table}`,
    count: `SELECT count(*) AS n FROM ${table}`,
    sample: `SELECT * FROM ${table} LIMIT ${sampleRows}`,
  };
}

/** Columns, row count and a 3-row sample of each table (the notebook's loadSchema, as JSON). */
export async function viewTables(source: QuerySource, tables: readonly string[], sampleRows = 3): Promise<ViewTable[]> {
  const out: ViewTable[] = [];
  for (const name of tables) {
    const sql = schemaQueries(name, sampleRows);
    const describe = await source.rows(sql.describe);
    const [count] = await source.rows(sql.count);
    const sample = await source.rows(sql.sample);
    const columns = describe.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    out.push({ name, rows: Number(count?.n ?? 0), columns, sample });
  }
  return out;
}

/** A default cell's result as the notebook would fetch it (same read-only check and row limit), or null when too large. */
export async function viewResult(source: QuerySource, sql: string, maxRows = FIRST_VIEW_ROWS): Promise<ViewResult | null> {
  const checked = checkReadOnly(sql);
  if (!checked.ok || !checked.wrappable) return null;
  const limited = limitQuery(checked.statement, maxRows + 1);
  const columns = (await source.rows(`DESCRIBE ${limited}`)).map((r) => ({
    name: String(r.column_name),
    type: coarseType(String(r.column_type)),
  }));
  const rows = await source.rows(limited);
  if (rows.length > maxRows) return null;
  for (const row of rows) {
    for (const c of columns) if (c.type === "number" && row[c.name] != null) row[c.name] = Number(row[c.name]);
  }
  return { sql, columns, rows };
}

/** The whole first view of the SQL page over `tables`. */
export async function sqlFirstView(source: QuerySource, tables: readonly string[] = TABLE_NAMES): Promise<SqlFirstView> {
  const results: ViewResult[] = [];
  for (const cell of DEFAULT_CELLS) {
    const result = await viewResult(source, cell.sql);
    if (result) results.push(result);
  }
  return { tables: await viewTables(source, tables), results };
}
