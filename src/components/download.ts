// Downloads of the current selection as CSV (UTF-8 with BOM, so spreadsheet
// programs read the Chinese) and as Parquet (written in the browser by
// parquet-wasm from an Arrow table).
import { csvFormatRow } from "npm:d3-dsv";

/** CSV text of `rows` with `columns` in this order: byte-order mark, RFC 4180 quoting (d3-dsv), CRLF line ends. */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  if (columns.length === 0) throw new TypeError("toCsv: at least one column is required");
  const lines = [columns, ...rows.map((r) => columns.map((c) => (r[c] == null ? "" : (r[c] as object).toString())))];
  return `\ufeff${lines.map((line) => csvFormatRow(line as string[])).join("\r\n")}\r\n`;
}

/** Minimal shape of an Arrow JS table (from DuckDB-WASM). */
export interface ArrowTableLike {
  numRows: number;
}

/** The parts of parquet-wasm the downloads use (the Node build in tests, the initialized ESM build in the browser). */
export interface ParquetWasm {
  Table: { fromIPCStream(buf: Uint8Array): unknown };
  writeParquet(table: never, properties?: never): Uint8Array;
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

/** Parquet bytes of an Arrow table (from DuckDB-WASM), written with parquet-wasm (loaded on first use). */
export async function toParquet(table: ArrowTableLike): Promise<Uint8Array> {
  const [Arrow, parquet] = await Promise.all([import("npm:apache-arrow"), loadParquetWasm()]);
  const ipc = Arrow.tableToIPC(table as Parameters<typeof Arrow.tableToIPC>[0], "stream");
  return parquet.writeParquet(parquet.Table.fromIPCStream(ipc) as never);
}

/** What a download is built from: text, a Blob, or bytes (parquet-wasm's are typed over ArrayBufferLike). */
export type FileData = BlobPart | Uint8Array;

/** Saves `data` as a file named `filename` through a temporary object URL. */
export function saveBlob(data: FileData, filename: string, type: string): void {
  // Blob copies the bytes; they never come from a SharedArrayBuffer here.
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A button that builds a file on click and saves it; shows an error message next to it instead of failing silently. */
export function downloadButton(label: string, filename: string, type: string, build: () => FileData | Promise<FileData>): HTMLElement {
  const wrap = document.createElement("span");
  wrap.className = "download";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.dataset.filename = filename;
  const status = document.createElement("span");
  status.className = "download-status muted";
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = "";
    try {
      saveBlob(await build(), filename, type);
    } catch (error) {
      status.textContent = `下载失败：${error instanceof Error ? error.message : String(error)}`;
      console.warn(error);
    } finally {
      button.disabled = false;
    }
  });
  wrap.append(button, status);
  return wrap;
}
