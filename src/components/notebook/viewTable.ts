// A build-time result (firstView.ts) as the Arrow table a cell shows, so the cell draws it,
// charts it and downloads it exactly as if DuckDB-WASM had answered.
import * as arrow from "npm:apache-arrow";
import type { ViewResult } from "./firstView.js";

function vector(type: ViewResult["columns"][number]["type"], values: unknown[]): arrow.Vector {
  switch (type) {
    case "number":
      return arrow.vectorFromArray(
        values.map((v) => (v == null ? null : Number(v))),
        new arrow.Float64(),
      );
    case "boolean":
      return arrow.vectorFromArray(
        values.map((v) => (v == null ? null : Boolean(v))),
        new arrow.Bool(),
      );
    case "date":
      return arrow.vectorFromArray(
        values.map((v) => (v == null ? null : new Date(String(v)))),
        new arrow.DateMillisecond(),
      );
    case "string":
      return arrow.vectorFromArray(
        values.map((v) => (v == null ? null : String(v))),
        new arrow.Utf8(),
      );
    default:
      return arrow.vectorFromArray(
        values.map((v) => (v == null ? null : typeof v === "string" ? v : JSON.stringify(v))),
        new arrow.Utf8(),
      );
  }
}

/** The result as an Arrow table, columns in order. */
export function viewTable(result: ViewResult): arrow.Table {
  const columns: Record<string, arrow.Vector> = {};
  for (const c of result.columns)
    columns[c.name] = vector(
      c.type,
      result.rows.map((r) => r[c.name]),
    );
  return new arrow.Table(columns);
}
