// The shared DuckDB-WASM database: every ingest table registered once, offline.
// Parquet is decoded with parquet-wasm into Arrow (DuckDB-WASM would need a
// downloaded extension to read Parquet itself). Import `sql` for ```sql blocks.
import { DuckDBClient } from "npm:@observablehq/duckdb";
import { FileAttachment } from "observablehq:stdlib";

/** The ingest tables, in the order a schema browser lists them. */
export const TABLES = ["documents", "sentences", "facts", "entities", "mentions", "events", "errors"] as const;

/** Name of one ingest table. */
export type TableName = (typeof TABLES)[number];

// FileAttachment needs literal paths so Framework can find and copy the files at build time.
const FILES = {
  documents: FileAttachment("../data/corpus/documents.parquet"),
  sentences: FileAttachment("../data/corpus/sentences.parquet"),
  facts: FileAttachment("../data/corpus/facts.parquet"),
  entities: FileAttachment("../data/corpus/entities.parquet"),
  mentions: FileAttachment("../data/corpus/mentions.parquet"),
  events: FileAttachment("../data/corpus/events.parquet"),
  errors: FileAttachment("../data/corpus/errors.parquet"),
};

/** URL of a table's Parquet file (for download links). */
export function parquetUrl(table: TableName): Promise<string> {
  return FILES[table].url();
}

const tables = Object.fromEntries(await Promise.all(TABLES.map(async (name) => [name, await FILES[name].parquet()])));

/** The shared client. */
export const db = await DuckDBClient.of(tables);

/** Tagged template for queries; a page that imports it gets working ```sql blocks. */
export const sql = db.sql.bind(db);
