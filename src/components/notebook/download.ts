// Result downloads: CSV (UTF-8 with BOM so spreadsheet programs read Chinese),
// JSON (array of row objects) and Parquet (written in the browser with parquet-wasm).
import * as arrow from "npm:apache-arrow";
import { rowsOf, valueText } from "./values.js";

/** The parts of parquet-wasm this module uses (the Node build in tests, the initialized ESM build in the browser). */
export interface ParquetWasm {
  Table: { fromIPCStream(buf: Uint8Array): unknown };
  writeParquet(table: never, properties?: never): Uint8Array;
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A result as CSV text (header row, RFC 4180 quoting, leading BOM). */
export function toCsv(table: arrow.Table): string {
  const names = table.schema.fields.map((f) => f.name);
  const lines = [names.map(csvField).join(",")];
  for (const row of rowsOf(table)) lines.push(names.map((n) => csvField(valueText(row[n]))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
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

let parquetModule: Promise<ParquetWasm> | undefined;

/** Loads and initializes the browser build of parquet-wasm once (served from node_modules by the build). */
export function loadParquetWasm(): Promise<ParquetWasm> {
  parquetModule ??= import("npm:parquet-wasm").then(async (module) => {
    const m = module as unknown as ParquetWasm & { default?: (url: string) => Promise<unknown> };
    // The ESM build needs its .wasm; the Node build (unit tests) initializes itself.
    if (typeof m.default === "function") await m.default(import.meta.resolve("npm:parquet-wasm/esm/parquet_wasm_bg.wasm"));
    return m;
  });
  return parquetModule;
}

/** File name for a download: notebook-<cell>-<yyyymmdd-hhmmss>.<ext>. */
export function downloadName(cell: number, ext: "csv" | "json" | "parquet" | "xlsx", now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `notebook-cell${cell}-${stamp}.${ext}`;
}

/** Saves bytes or text as a file through a temporary object URL. */
export function saveFile(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
