// Rows appended to DuckDB a data chunk (2,048 rows) at a time instead of one native call per cell.
// The appender's row API costs a call per value, null or not, and one per row (endRow): ~27 per fact,
// ~6M for the facts of the 1000× bench corpus, all on the main thread the workers wait on. Here
// numbers, booleans and nulls go into typed arrays copied into the chunk's vectors once per chunk;
// only strings still cross one at a time (vector_assign_string_element). @duckdb/node-api's own
// DuckDBDataChunk.setColumnValues converts every value through a cache and was slower than the row
// API (facts and sentences at 1000×: 4.1 s of CPU against 2.4 s), hence the direct binding calls.

import { BOOLEAN, DOUBLE, type DuckDBAppender, DuckDBDataChunk, type DuckDBType, INTEGER, VARCHAR } from "@duckdb/node-api";
import duckdb from "@duckdb/node-bindings";
import type { ColumnType } from "./schema.ts";

/** Rows per chunk: DuckDB's vector size, the most a data chunk holds. */
const ROWS = duckdb.vector_size();

function badValue(where: string, type: ColumnType, value: unknown): TypeError {
  return new TypeError(`writeParquet: ${where} should be ${type}, got ${JSON.stringify(value)}`);
}

/** One column's buffers: values of fixed width (numbers, booleans) and the validity bits of the chunk being filled. */
interface Column {
  name: string;
  type: ColumnType;
  data: Int32Array | Float64Array | Uint8Array | null;
  validity: Uint8Array;
  nulls: boolean;
}

const DUCKDB_TYPE: Partial<Record<ColumnType, DuckDBType>> = { VARCHAR, DATE: VARCHAR, INTEGER, DOUBLE, BOOLEAN };

/** Whether every column is of a type `ChunkAppender` writes (lists are not). */
export function chunkable(columns: ReadonlyArray<readonly [string, ColumnType]>): boolean {
  return columns.every(([, type]) => DUCKDB_TYPE[type] !== undefined);
}

/**
 * Appends rows (objects with the columns by name) through `appender` a data chunk at a time. The
 * columns must be the appender's table's, in order; DATE columns are staged as VARCHAR (ISO strings).
 * Call `flush` before the appender is flushed or closed.
 */
export class ChunkAppender {
  private readonly chunk: DuckDBDataChunk;
  private readonly vectors: duckdb.Vector[];
  private readonly columns: Column[];
  private size = 0;
  /** Rows appended before the current chunk, for error messages. */
  private before = 0;

  constructor(
    private readonly appender: DuckDBAppender,
    private readonly table: string,
    columns: ReadonlyArray<readonly [string, ColumnType]>,
  ) {
    if (!chunkable(columns)) throw new TypeError(`ChunkAppender: ${table} has a column of a type it does not write`);
    this.chunk = DuckDBDataChunk.create(columns.map(([, type]) => DUCKDB_TYPE[type]!));
    this.vectors = columns.map((_, c) => duckdb.data_chunk_get_vector(this.chunk.chunk, c));
    this.columns = columns.map(([name, type]) => ({
      name,
      type,
      data:
        type === "INTEGER"
          ? new Int32Array(ROWS)
          : type === "DOUBLE"
            ? new Float64Array(ROWS)
            : type === "BOOLEAN"
              ? new Uint8Array(ROWS)
              : null,
      validity: new Uint8Array(ROWS / 8).fill(0xff),
      nulls: false,
    }));
  }

  /** Appends rows after those appended before. */
  append(rows: readonly object[]): void {
    const { columns, vectors } = this;
    for (let i = 0; i < rows.length; i++) {
      const record = rows[i] as Record<string, unknown>;
      const r = this.size;
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c]!;
        const value = record[column.name];
        if (value === null || value === undefined) {
          column.validity[r >> 3]! &= ~(1 << (r & 7));
          column.nulls = true;
          continue;
        }
        // Set as well as cleared: a row whose append threw (a value of the wrong type) is written again here.
        column.validity[r >> 3]! |= 1 << (r & 7);
        switch (column.type) {
          case "VARCHAR":
          case "DATE":
            if (typeof value !== "string") throw badValue(this.where(r, column), column.type, value);
            duckdb.vector_assign_string_element(vectors[c]!, r, value);
            break;
          case "INTEGER":
            if (!Number.isInteger(value) || (value as number) < -2147483648 || (value as number) > 2147483647)
              throw badValue(this.where(r, column), column.type, value);
            column.data![r] = value as number;
            break;
          case "DOUBLE":
            if (typeof value !== "number") throw badValue(this.where(r, column), column.type, value);
            column.data![r] = value;
            break;
          case "BOOLEAN":
            if (typeof value !== "boolean") throw badValue(this.where(r, column), column.type, value);
            column.data![r] = value ? 1 : 0;
            break;
        }
      }
      this.size = r + 1;
      if (this.size === ROWS) this.flush();
    }
  }

  private where(row: number, column: Column): string {
    return `${this.table}[${this.before + row}].${column.name}`;
  }

  /** Hands the rows buffered so far to the appender. */
  flush(): void {
    if (this.size === 0) return;
    const { columns, vectors, size } = this;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const vector = vectors[c]!;
      const data = column.data;
      if (data) duckdb.copy_data_to_vector(vector, 0, data.buffer as ArrayBuffer, 0, size * data.BYTES_PER_ELEMENT);
      if (column.nulls) {
        duckdb.vector_ensure_validity_writable(vector);
        // Whole 64-bit words: the validity mask is read as uint64s.
        duckdb.copy_data_to_vector_validity(vector, 0, column.validity.buffer as ArrayBuffer, 0, Math.ceil(size / 64) * 8);
        column.validity.fill(0xff);
        column.nulls = false;
      }
    }
    this.chunk.rowCount = size;
    this.appender.appendDataChunk(this.chunk);
    this.chunk.reset();
    this.before += size;
    this.size = 0;
  }
}
