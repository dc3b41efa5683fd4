// Result downloads: CSV (UTF-8 with BOM so spreadsheet programs read Chinese),
// JSON (array of row objects) and Parquet, built on the site's download module.
import * as arrow from "npm:apache-arrow";
import { loadParquetWasm, type ParquetWasm, toCsv as rowsToCsv, saveBlob } from "../download.js";
import { rowsOf, valueText } from "./values.js";

export { loadParquetWasm, type ParquetWasm };

/** A result as CSV text (header row, RFC 4180 quoting by d3-dsv, leading BOM). */
export function toCsv(table: arrow.Table): string {
  const names = table.schema.fields.map((f) => f.name);
  return rowsToCsv(
    rowsOf(table).map((row) => Object.fromEntries(names.map((n) => [n, valueText(row[n])]))),
    names,
  );
}

/** A result as a JSON array of row objects (dates as ISO strings). */
export function toJson(table: arrow.Table): string {
  // The replacer sees the value before Date#toJSON ran through `this[key]`.
  return JSON.stringify(rowsOf(table), function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return raw instanceof Date ? valueText(raw) : value;
  });
}

/** A result as Parquet bytes. */
export function toParquet(table: arrow.Table, parquet: ParquetWasm): Uint8Array {
  const ipc = arrow.tableToIPC(table, "stream");
  const wasmTable = parquet.Table.fromIPCStream(ipc);
  return parquet.writeParquet(wasmTable as never);
}

/** File name for a download: notebook-<cell>-<yyyymmdd-hhmmss>.<ext>. */
export function downloadName(cell: number, ext: "csv" | "json" | "parquet" | "xlsx", now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `notebook-cell${cell}-${stamp}.${ext}`;
}

/** Saves bytes or text as a file (the site's one download helper). */
export const saveFile = saveBlob;
