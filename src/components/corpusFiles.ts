// The corpus tables' Parquet files (the published data product), for download links on
// pages that do not need the database itself: no DuckDB-WASM is started by importing this.
import { FileAttachment } from "observablehq:stdlib";
import type { TableName } from "../contract/index.js";

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

/** URL of a table's Parquet file. */
export function parquetUrl(table: TableName): Promise<string> {
  return PARQUET[table].url();
}
