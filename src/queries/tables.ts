// The data dictionary's row counts, one per table of the contract (names are the contract's
// validated identifiers, never user input). Answered at build time (views/tables.json).
import { TABLE_NAMES, type TableName } from "../contract/index.js";
import type { QuerySource } from "./source.js";

export type TablesView = Record<TableName, number>;

export async function tablesView(source: QuerySource): Promise<TablesView> {
  const rows = await source.rows(TABLE_NAMES.map((t) => `SELECT '${t}' AS t, count(*)::INTEGER AS n FROM ${t}`).join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.t, r.n])) as TablesView;
}
