import type { DocumentRow, EntityRow, ErrorRow, EventRow, FactRow, MentionRow, SentenceRow } from "../types.ts";
import type { IngestResult } from "./types.ts";

/** DuckDB type of a Parquet column. */
export type ColumnType = "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN" | "DATE" | "VARCHAR[]";

/** Columns of one table, in file order, named exactly like the row fields. */
type Columns<R> = ReadonlyArray<readonly [keyof R & string, ColumnType]>;

/** One Parquet table: its file name, the rows it takes and its explicit schema. */
export interface TableSpec {
  name: keyof IngestResult;
  columns: Columns<Record<string, unknown>>;
}

const documents: Columns<DocumentRow> = [
  ["doc_id", "VARCHAR"],
  ["file", "VARCHAR"],
  ["title", "VARCHAR"],
  ["subtitle", "VARCHAR"],
  ["byline", "VARCHAR"],
  ["region", "VARCHAR"],
  ["region_code", "VARCHAR"],
  ["region_level", "VARCHAR"],
  ["region_path", "VARCHAR"],
  ["region_basis", "VARCHAR"],
  ["year", "INTEGER"],
  ["year_basis", "VARCHAR"],
  ["chars", "INTEGER"],
  ["sha256", "VARCHAR"],
  ["text", "VARCHAR"],
];

const sentences: Columns<SentenceRow> = [
  ["doc_id", "VARCHAR"],
  ["sentence_id", "VARCHAR"],
  ["section", "VARCHAR"],
  ["start", "INTEGER"],
  ["end", "INTEGER"],
  ["text", "VARCHAR"],
];

const facts: Columns<FactRow> = [
  ["fact_id", "VARCHAR"],
  ["doc_id", "VARCHAR"],
  ["sentence_id", "VARCHAR"],
  ["start", "INTEGER"],
  ["end", "INTEGER"],
  ["text", "VARCHAR"],
  ["value", "DOUBLE"],
  ["unit", "VARCHAR"],
  ["unit_text", "VARCHAR"],
  ["classifier", "VARCHAR"],
  ["kind", "VARCHAR"],
  ["qualifier", "VARCHAR"],
  ["metric", "VARCHAR"],
  ["period", "VARCHAR"],
  ["is_target", "BOOLEAN"],
  ["region", "VARCHAR"],
  ["region_code", "VARCHAR"],
  ["region_path", "VARCHAR"],
];

const entities: Columns<EntityRow> = [
  ["entity_id", "VARCHAR"],
  ["name", "VARCHAR"],
  ["type", "VARCHAR"],
  ["aliases", "VARCHAR[]"],
  ["mentions", "INTEGER"],
  ["docs", "INTEGER"],
  ["region_code", "VARCHAR"],
  ["region_path", "VARCHAR"],
];

const mentions: Columns<MentionRow> = [
  ["entity_id", "VARCHAR"],
  ["doc_id", "VARCHAR"],
  ["sentence_id", "VARCHAR"],
  ["start", "INTEGER"],
  ["end", "INTEGER"],
  ["text", "VARCHAR"],
  ["role", "VARCHAR"],
];

const events: Columns<EventRow> = [
  ["event_id", "VARCHAR"],
  ["doc_id", "VARCHAR"],
  ["sentence_id", "VARCHAR"],
  ["date", "DATE"],
  ["precision", "VARCHAR"],
  ["end_date", "DATE"],
  ["date_basis", "VARCHAR"],
  ["action", "VARCHAR"],
  ["text", "VARCHAR"],
  ["start", "INTEGER"],
  ["end", "INTEGER"],
  ["amount_cny", "DOUBLE"],
  ["project_count", "INTEGER"],
  ["entity_ids", "VARCHAR[]"],
];

const errors: Columns<ErrorRow> = [
  ["file", "VARCHAR"],
  ["stage", "VARCHAR"],
  ["message", "VARCHAR"],
];

/** Every table `npm run ingest` writes, as `<name>.parquet`. */
export const TABLES: readonly TableSpec[] = [
  { name: "documents", columns: documents },
  { name: "sentences", columns: sentences },
  { name: "facts", columns: facts },
  { name: "entities", columns: entities },
  { name: "mentions", columns: mentions },
  { name: "events", columns: events },
  { name: "errors", columns: errors },
] as TableSpec[];
