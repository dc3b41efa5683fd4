// The shared DuckDB-WASM database: every ingest table registered once, offline.
// The tables arrive as one DuckDB database file (written by the loader in the
// storage version DuckDB-WASM 1.29 reads) that is attached read-only: measured
// faster than decoding Parquet into Arrow and inserting it (bench/REPORT.md).
// DuckDB starts while the file downloads. Import `sql` for ```sql blocks.
import { DuckDBClient } from "npm:@observablehq/duckdb";
import { AbstractFile, FileAttachment } from "observablehq:stdlib";
import { TABLE_NAMES, type TableName } from "../contract/index.js";

/** The ingest tables (from the data contract), in the order a schema browser lists them. */
export const TABLES = TABLE_NAMES;
export type { TableName };

const DATABASE = FileAttachment("../data/corpus/corpus.duckdb");

/**
 * The database file as a local file for DuckDB: downloaded once through the HTTP cache (compressed
 * on the wire, unlike the range reads DuckDB makes of a URL), then handed over as a buffer, as
 * Framework's DuckDBClient does for a file picked with Inputs.file (a `blob:` URL).
 */
class DownloadedFile extends AbstractFile {
  readonly #blob: Blob;
  #url: string | undefined;
  constructor(name: string, blob: Blob) {
    super(name, "application/octet-stream", undefined, blob.size);
    this.#blob = blob;
  }
  async url(): Promise<string> {
    this.#url ??= URL.createObjectURL(this.#blob);
    return this.#url;
  }
  async blob(): Promise<Blob> {
    return this.#blob;
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#blob.arrayBuffer();
  }
  /** Frees the blob URL once DuckDB holds the bytes. */
  release(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = undefined;
  }
}

/**
 * Opens the corpus through Framework's DuckDBClient: the database file is attached read-only as
 * `corpus` (DuckDB starts while it downloads) and each table is exposed in `main` as a view
 * (views survive per-query connections). The SQL notebook reopens it in a fresh worker when a query will not stop.
 */
export async function openCorpus(): Promise<DuckDBClient> {
  const file = DATABASE.blob().then((blob) => new DownloadedFile("corpus.duckdb", blob));
  // A failed download surfaces from DuckDBClient.of once DuckDB has started; until then it is not unhandled.
  file.catch(() => undefined);
  const client = await DuckDBClient.of({ corpus: file });
  (await file).release();
  await client.query(TABLES.map((table) => `CREATE VIEW main.${table} AS SELECT * FROM corpus.main.${table};`).join("\n"));
  return client;
}

/** The shared client. */
export const db = await openCorpus();

/** Tagged template for queries; a page that imports it gets working ```sql blocks. */
export const sql = db.sql.bind(db);
