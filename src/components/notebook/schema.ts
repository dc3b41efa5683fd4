// The schema browser: every ingest table with its columns, types, row count and
// a sample. Clicking a name inserts it into the editor that had focus last.
import { sqlIdent } from "../../contract/sql.js";
import { el } from "./dom.js";
import { schemaQueries } from "./firstView.js";
import type { SchemaNames } from "./types.js";
import { type CellValue, rowsOf, valueText } from "./values.js";

/** What the browser shows of one table. */
export interface TableInfo {
  name: string;
  rows: number;
  columns: { name: string; type: string }[];
  sample: Record<string, CellValue>[];
}

/** The parts of Framework's DuckDBClient the schema loader uses. */
export interface SchemaClient {
  query(sql: string): Promise<import("apache-arrow").Table>;
}

/** Rows of the sample shown per table. */
export const SAMPLE_ROWS = 3;

/** Reads columns, row count and a sample of each table. */
export async function loadSchema(client: SchemaClient, tables: readonly string[]): Promise<TableInfo[]> {
  return Promise.all(
    tables.map(async (name) => {
      const sql = schemaQueries(name, SAMPLE_ROWS);
      const [describe, count, sample] = await Promise.all([client.query(sql.describe), client.query(sql.count), client.query(sql.sample)]);
      const columns = rowsOf(describe).map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
      return { name, rows: Number(rowsOf(count)[0]?.n ?? 0), columns, sample: rowsOf(sample) };
    }),
  );
}

/**
 * Names of the database's scalar, aggregate and macro functions, for completion (empty when the catalog cannot be
 * read). Reading the catalog keeps DuckDB busy for 0.2–0.8 s, so the list is kept in `storage` per DuckDB version.
 */
export async function loadFunctions(client: SchemaClient, storage: Pick<Storage, "getItem" | "setItem"> | null = null): Promise<string[]> {
  try {
    const version = String(rowsOf(await client.query("SELECT library_version AS v FROM pragma_version()"))[0]?.v ?? "");
    const key = `workbench-duckdb-functions ${version}`;
    const kept = version ? storage?.getItem(key) : null;
    if (kept) return JSON.parse(kept) as string[];
    const table = await client.query(
      "SELECT DISTINCT function_name AS name FROM duckdb_functions() WHERE function_type IN ('scalar', 'aggregate', 'macro') ORDER BY 1",
    );
    const names = rowsOf(table).map((r) => String(r.name));
    if (version) storage?.setItem(key, JSON.stringify(names));
    return names;
  } catch {
    return []; // completion still offers tables, columns and keywords
  }
}

/** Table and column names for highlighting and completion. */
export function schemaNames(info: readonly TableInfo[]): SchemaNames {
  return { tables: info.map((t) => t.name), columns: Object.fromEntries(info.map((t) => [t.name, t.columns.map((c) => c.name)])) };
}

/** A name as it must be written in SQL (quoted when it is not a plain lower-case identifier or is a keyword like "end"). */
export function sqlName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !["end", "start", "text", "value", "year", "date", "type", "name"].includes(name)
    ? name
    : sqlIdent(name);
}

function clip(text: string, max = 24): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

/** Renders the browser; `onInsert` receives the name to insert. */
export function schemaBrowser(info: readonly TableInfo[], onInsert: (text: string) => void): HTMLElement {
  const insertButton = (text: string, label: string, className: string) =>
    el("button", { type: "button", class: className, title: `插入「${text}」`, onclick: () => onInsert(text) }, label);
  const tables = info.map((t) =>
    el(
      "details",
      { class: "nb-schema-table", dataset: { table: t.name } },
      el("summary", {}, insertButton(t.name, t.name, "nb-schema-name"), el("span", { class: "nb-schema-count" }, `${t.rows} 行`)),
      el(
        "ul",
        { class: "nb-schema-columns" },
        t.columns.map((c) =>
          el("li", {}, insertButton(sqlName(c.name), c.name, "nb-schema-column"), el("span", { class: "nb-schema-type" }, c.type)),
        ),
      ),
      t.sample.length === 0
        ? el("p", { class: "nb-schema-empty" }, "（空表）")
        : el(
            "table",
            { class: "nb-schema-sample" },
            el("caption", {}, `前 ${t.sample.length} 行样例`),
            el(
              "thead",
              {},
              el(
                "tr",
                {},
                t.columns.map((c) => el("th", {}, c.name)),
              ),
            ),
            el(
              "tbody",
              {},
              t.sample.map((row) =>
                el(
                  "tr",
                  {},
                  t.columns.map((c) => el("td", { title: valueText(row[c.name]) }, clip(valueText(row[c.name])))),
                ),
              ),
            ),
          ),
    ),
  );
  return el(
    "nav",
    { class: "nb-schema", "aria-label": "表结构" },
    el("h2", {}, "表结构"),
    el("p", { class: "nb-hint" }, "点击表名或列名，插入到正在编辑的单元格。"),
    tables,
  );
}
