// The Parquet schema of every table, derived from the data contract (src/contract).
import { TABLES as CONTRACT_TABLES, type ColumnType } from "../../src/contract/index.ts";
import type { IngestResult } from "./types.ts";

export type { ColumnType };

/** One Parquet table: its file name and its columns `[name, DuckDB type]` in file order. */
export interface TableSpec {
  name: keyof IngestResult;
  columns: ReadonlyArray<readonly [string, ColumnType]>;
}

/** Every table `npm run ingest` writes, as `<name>.parquet`, in the contract's order. */
export const TABLES: readonly TableSpec[] = CONTRACT_TABLES.map((t) => ({
  name: t.name,
  columns: t.columns.map((c) => [c.name, c.type] as const),
}));
