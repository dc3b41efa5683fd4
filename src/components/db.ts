// The shared DuckDB-WASM database: every ingest table registered once, offline.
// The tables arrive as one DuckDB database file (written by the loader in the
// storage version DuckDB-WASM 1.29 reads) that is attached read-only: measured
// faster than decoding Parquet into Arrow and inserting it (bench/REPORT.md).
// DuckDB starts while the file downloads. Import `sql` for ```sql blocks.
import { DuckDBClient } from "npm:@observablehq/duckdb";
import { FileAttachment } from "observablehq:stdlib";
import { TABLE_NAMES, type TableName } from "../contract/index.js";

/** The ingest tables (from the data contract), in the order a schema browser lists them. */
export const TABLES = TABLE_NAMES;
export type { TableName };

// FileAttachment needs literal paths so Framework can find and copy the files at build time;
// the type makes sure every table of the contract has one.
const PARQUET: Record<TableName, ReturnType<typeof FileAttachment>> = {
  documents: FileAttachment("../data/corpus/documents.parquet"),
  sentences: FileAttachment("../data/corpus/sentences.parquet"),
  facts: FileAttachment("../data/corpus/facts.parquet"),
  entities: FileAttachment("../data/corpus/entities.parquet"),
  mentions: FileAttachment("../data/corpus/mentions.parquet"),
  events: FileAttachment("../data/corpus/events.parquet"),
  errors: FileAttachment("../data/corpus/errors.parquet"),
  indicator_values: FileAttachment("../data/corpus/indicator_values.parquet"),
  target_ledger: FileAttachment("../data/corpus/target_ledger.parquet"),
};
const DATABASE = FileAttachment("../data/corpus/corpus.duckdb");

/** URL of a table's Parquet file (the published data product, for download links). */
export function parquetUrl(table: TableName): Promise<string> {
  return PARQUET[table].url();
}

/** Attaches the corpus database file and exposes each table in `main` (views survive per-query connections); the SQL notebook reopens it in a fresh worker when a query will not stop. */
export async function openCorpus(): Promise<DuckDBClient> {
  const [client, bytes] = await Promise.all([DuckDBClient.of({}), DATABASE.arrayBuffer()]);
  const duckdb = client._db as { registerFileBuffer(name: string, buffer: Uint8Array): Promise<void> };
  await duckdb.registerFileBuffer("corpus.duckdb", new Uint8Array(bytes));
  await client.query("ATTACH 'corpus.duckdb' AS corpus (READ_ONLY)");
  for (const table of TABLES) await client.query(`CREATE VIEW main.${table} AS SELECT * FROM corpus.main.${table}`);
  return client;
}

/** The shared client. */
export const db = await openCorpus();

/** Tagged template for queries; a page that imports it gets working ```sql blocks. */
export const sql = db.sql.bind(db);
