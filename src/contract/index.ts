// The data contract: every table the pipeline writes and the pages read, declared
// once. Row types, the DuckDB/Parquet schema, table lists and the labels pages
// show are all derived from these declarations.

import type { ColumnSpec, RowOf, TableSpec } from "./define.js";
import { sqlIdent } from "./sql.js";
import { documents } from "./tables/documents.js";
import { entities } from "./tables/entities.js";
import { errors } from "./tables/errors.js";
import { events } from "./tables/events.js";
import { facts } from "./tables/facts.js";
import { indicatorValues } from "./tables/indicatorValues.js";
import { mentions } from "./tables/mentions.js";
import { sentences } from "./tables/sentences.js";
import { targetLedger } from "./tables/targetLedger.js";

export { type ColumnSpec, type ColumnType, column, type EnumOf, type RowOf, type TableSpec, table, type ValueOf } from "./define.js";
export { DOCUMENT_FORMATS, DOCUMENT_KINDS, documents, REGION_LEVELS } from "./tables/documents.js";
export { ENTITY_TYPES, entities } from "./tables/entities.js";
export { ERROR_STAGES, errors } from "./tables/errors.js";
export { DATE_BASES, DATE_PRECISIONS, events } from "./tables/events.js";
export { FACT_KINDS, facts, labelUnit, QUALIFIERS, REF_PERIODS, UNITS } from "./tables/facts.js";
export { indicatorValues, MEASURES, SCOPES } from "./tables/indicatorValues.js";
export { mentions } from "./tables/mentions.js";
export { sentences } from "./tables/sentences.js";
export { targetLedger } from "./tables/targetLedger.js";

/** Every table, in the order files are written and a schema browser lists them. */
export const TABLES = [documents, sentences, facts, entities, mentions, events, errors, indicatorValues, targetLedger] as const;

/** Name of one table. */
export type TableName = (typeof TABLES)[number]["name"];

/** Table names in order. */
export const TABLE_NAMES: readonly TableName[] = TABLES.map((t) => t.name);

export type DocumentRow = RowOf<typeof documents>;
export type SentenceRow = RowOf<typeof sentences>;
export type FactRow = RowOf<typeof facts>;
export type EntityRow = RowOf<typeof entities>;
export type MentionRow = RowOf<typeof mentions>;
export type EventRow = RowOf<typeof events>;
export type ErrorRow = RowOf<typeof errors>;
export type IndicatorValueRow = RowOf<typeof indicatorValues>;
export type TargetLedgerRow = RowOf<typeof targetLedger>;

/** Row type by table name. */
export interface Rows {
  documents: DocumentRow;
  sentences: SentenceRow;
  facts: FactRow;
  entities: EntityRow;
  mentions: MentionRow;
  events: EventRow;
  errors: ErrorRow;
  indicator_values: IndicatorValueRow;
  target_ledger: TargetLedgerRow;
}

/** The declaration of a table by name; TypeError for an unknown name. */
export function tableSpec(name: string): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new TypeError(`tableSpec: no table ${JSON.stringify(name)} (tables: ${TABLE_NAMES.join(", ")})`);
  return spec;
}

/** The declaration of a column; TypeError for an unknown table or column. */
export function columnSpec(tableName: string, columnName: string): ColumnSpec {
  const spec = tableSpec(tableName).columns.find((c) => c.name === columnName);
  if (!spec) throw new TypeError(`columnSpec: table ${tableName} has no column ${JSON.stringify(columnName)}`);
  return spec;
}

/** `CREATE TABLE` statement for a table; `qualifiedName` is SQL (default: the quoted table name), e.g. `corpus.facts`. */
export function createTableSql(spec: TableSpec, qualifiedName: string = sqlIdent(spec.name)): string {
  return `CREATE TABLE ${qualifiedName} (${spec.columns.map((c) => `${sqlIdent(c.name)} ${c.type}${c.nullable ? "" : " NOT NULL"}`).join(", ")})`;
}
