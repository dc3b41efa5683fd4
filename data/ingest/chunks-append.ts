// Rows appended to DuckDB a data chunk (2,048 rows) at a time instead of one native call per cell.
// The appender's row API costs a call per value, null or not, and one per row (endRow): ~27 per fact,
// ~6M for the facts of the 1000× bench corpus, all on the main thread the workers wait on. Here
// numbers, booleans and nulls go into typed arrays copied into the chunk's vectors once per chunk;
// only strings still cross one at a time (vector_assign_string_element). @duckdb/node-api's own
// DuckDBDataChunk.setColumnValues converts every value through a cache and was slower than the row
// API (facts and sentences at 1000×: 4.1 s of CPU against 2.4 s), hence the direct binding calls.

import { BOOLEAN, DOUBLE, type DuckDBAppender, DuckDBDataChunk, type DuckDBType, INTEGER, VARCHAR } from "@duckdb/node-api";
import duckdb from "@duckdb/node-bindings";
import type { BatchColumn, StageBatch } from "./batch.ts";
import { codeColumn, StringCodes } from "./codes.ts";
import type { ColumnType } from "./schema.ts";

/** Rows per chunk: DuckDB's vector size, the most a data chunk holds. */
const ROWS = duckdb.vector_size();

function badValue(where: string, type: ColumnType, value: unknown): TypeError {
  return new TypeError(`writeParquet: ${where} should be ${type}, got ${JSON.stringify(value)}`);
}

/** The codes of a coded text column (see codes.ts): their vector, buffer and validity bits, and the dictionary. */
interface Coded {
  vector: number;
  data: Int32Array;
  /** Written for every row (set or cleared), so copied whole with every chunk. */
  validity: Uint8Array;
  dictionary: StringCodes;
}

/** One column's buffers: values of fixed width (numbers, booleans) and the validity bits of the chunk being filled. */
interface Column {
  name: string;
  type: ColumnType;
  /** Its vector in the chunk. */
  vector: number;
  data: Int32Array | Float64Array | Uint8Array | null;
  validity: Uint8Array;
  nulls: boolean;
  coded: Coded | null;
}

const DUCKDB_TYPE: Partial<Record<ColumnType, DuckDBType>> = { VARCHAR, DATE: VARCHAR, INTEGER, DOUBLE, BOOLEAN };

/** Whether every column is of a type `ChunkAppender` writes (lists are not). */
export function chunkable(columns: ReadonlyArray<readonly [string, ColumnType]>): boolean {
  return columns.every(([, type]) => DUCKDB_TYPE[type] !== undefined);
}

/**
 * The staging table's columns `[name, DuckDB type]` for `columns`: DATE staged as VARCHAR (ISO strings)
 * and, with `codes`, each VARCHAR column followed by its codes' INTEGER column (codeColumn).
 */
export function stagingColumns(columns: ReadonlyArray<readonly [string, ColumnType]>, codes: boolean): [string, string][] {
  return columns.flatMap(([name, type]): [string, string][] => {
    const staged: [string, string] = [name, type === "DATE" ? "VARCHAR" : type];
    return codes && type === "VARCHAR" ? [staged, [codeColumn(name), "INTEGER"]] : [staged];
  });
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

  /**
   * With `codes`, the appender's table has the layout `stagingColumns(columns, true)` and repeated text
   * values are appended as codes (see `dictionaries`); else the columns are the table's, in order.
   */
  constructor(
    private readonly appender: DuckDBAppender,
    private readonly table: string,
    columns: ReadonlyArray<readonly [string, ColumnType]>,
    options: { codes?: boolean } = {},
  ) {
    if (!chunkable(columns)) throw new TypeError(`ChunkAppender: ${table} has a column of a type it does not write`);
    const codes = options.codes === true;
    const layout = stagingColumns(columns, codes);
    this.chunk = DuckDBDataChunk.create(layout.map(([, type]) => DUCKDB_TYPE[type as ColumnType]!));
    this.vectors = layout.map((_, c) => duckdb.data_chunk_get_vector(this.chunk.chunk, c));
    let vector = 0;
    this.columns = columns.map(([name, type]) => ({
      name,
      type,
      vector: vector++,
      coded:
        codes && type === "VARCHAR"
          ? { vector: vector++, data: new Int32Array(ROWS), validity: new Uint8Array(ROWS / 8), dictionary: new StringCodes() }
          : null,
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
        const coded = column.coded;
        if (value === null || value === undefined) {
          column.validity[r >> 3]! &= ~(1 << (r & 7));
          column.nulls = true;
          if (coded) coded.validity[r >> 3]! &= ~(1 << (r & 7));
          continue;
        }
        // Set as well as cleared: a row whose append threw (a value of the wrong type) is written again here.
        column.validity[r >> 3]! |= 1 << (r & 7);
        switch (column.type) {
          case "VARCHAR":
          case "DATE": {
            if (typeof value !== "string") throw badValue(this.where(r, column), column.type, value);
            const code = coded ? coded.dictionary.code(value) : -1;
            if (code >= 0) {
              // The value is its code; the text column is null in this row.
              coded!.data[r] = code;
              coded!.validity[r >> 3]! |= 1 << (r & 7);
              column.validity[r >> 3]! &= ~(1 << (r & 7));
              column.nulls = true;
              break;
            }
            if (coded) coded.validity[r >> 3]! &= ~(1 << (r & 7));
            duckdb.vector_assign_string_element(vectors[column.vector]!, r, value);
            break;
          }
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

  /**
   * Appends a batch (batch.ts) after the rows appended before: the same rows as `append` of the rows it
   * was built from. `text` is the document text that slice columns point into.
   */
  appendBatch(batch: StageBatch, text = ""): void {
    const { columns } = this;
    if (batch.columns.length !== columns.length)
      throw new TypeError(`ChunkAppender: a batch of ${batch.columns.length} columns for ${this.table}'s ${columns.length}`);
    // Each dictionary's values as the column's codes (-1: staged as text), counted once per row as `append` counts them.
    const codes = batch.columns.map((b, c) => {
      const coded = columns[c]!.coded;
      if (b.kind !== "strings" || !coded) return null;
      const uses = new Int32Array(b.dictionary.length);
      for (let i = 0; i < b.codes.length; i++) if (b.codes[i]! >= 0) uses[b.codes[i]!]!++;
      return Int32Array.from(b.dictionary, (value, k) => (uses[k]! > 0 ? coded.dictionary.code(value, uses[k]!) : -1));
    });
    for (let from = 0; from < batch.rows; ) {
      const count = Math.min(ROWS - this.size, batch.rows - from);
      for (let c = 0; c < columns.length; c++) this.copyColumn(columns[c]!, batch.columns[c]!, from, count, codes[c]!, text);
      this.size += count;
      from += count;
      if (this.size === ROWS) this.flush();
    }
  }

  /** Rows [from, from + count) of a batch column into the chunk's rows from `this.size` on. */
  private copyColumn(column: Column, b: BatchColumn, from: number, count: number, codes: Int32Array | null, text: string): void {
    const at = this.size;
    const { validity, coded } = column;
    if (b.kind === "numbers") {
      if (!column.data || column.data.constructor !== b.data.constructor)
        throw new TypeError(`ChunkAppender: a batch column of numbers for ${this.table}.${column.name} (${column.type})`);
      column.data.set(b.data.subarray(from, from + count) as never, at);
      for (let k = 0; k < count; k++) {
        const r = at + k;
        if (b.nulls?.[from + k]) {
          validity[r >> 3]! &= ~(1 << (r & 7));
          column.nulls = true;
        } else validity[r >> 3]! |= 1 << (r & 7);
      }
      return;
    }
    if (column.data) throw new TypeError(`ChunkAppender: a batch column of texts for ${this.table}.${column.name} (${column.type})`);
    const vector = this.vectors[column.vector]!;
    for (let k = 0; k < count; k++) {
      const r = at + k;
      const i = from + k;
      let value: string | null;
      let code = -1;
      if (b.kind === "strings") {
        const local = b.codes[i]!;
        value = local < 0 ? null : b.dictionary[local]!;
        if (local >= 0 && codes) code = codes[local]!;
      } else {
        value = b.kind === "values" ? b.values[i]! : text.slice(b.starts[i]!, b.ends[i]!);
        if (value !== null && coded) code = coded.dictionary.code(value);
      }
      if (code >= 0) {
        // The value is its code; the text column is null in this row.
        coded!.data[r] = code;
        coded!.validity[r >> 3]! |= 1 << (r & 7);
        validity[r >> 3]! &= ~(1 << (r & 7));
        column.nulls = true;
        continue;
      }
      if (coded) coded.validity[r >> 3]! &= ~(1 << (r & 7));
      if (value === null) {
        validity[r >> 3]! &= ~(1 << (r & 7));
        column.nulls = true;
        continue;
      }
      validity[r >> 3]! |= 1 << (r & 7);
      duckdb.vector_assign_string_element(vector, r, value);
    }
  }

  private where(row: number, column: Column): string {
    return `${this.table}[${this.before + row}].${column.name}`;
  }

  /** Each coded column's dictionary: `values[code]` is the text of `code` in the column codeColumn(name). */
  dictionaries(): Map<string, readonly string[]> {
    return new Map(this.columns.flatMap((c) => (c.coded ? [[c.name, c.coded.dictionary.values] as const] : [])));
  }

  /** Hands the rows buffered so far to the appender. */
  flush(): void {
    if (this.size === 0) return;
    const { columns, vectors, size } = this;
    const copy = (vector: duckdb.Vector, data: Int32Array | Float64Array | Uint8Array | null, validity: Uint8Array, nulls: boolean) => {
      if (data) duckdb.copy_data_to_vector(vector, 0, data.buffer as ArrayBuffer, 0, size * data.BYTES_PER_ELEMENT);
      if (nulls) {
        duckdb.vector_ensure_validity_writable(vector);
        // Whole 64-bit words: the validity mask is read as uint64s.
        duckdb.copy_data_to_vector_validity(vector, 0, validity.buffer as ArrayBuffer, 0, Math.ceil(size / 64) * 8);
      }
    };
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      copy(vectors[column.vector]!, column.data, column.validity, column.nulls);
      if (column.nulls) {
        column.validity.fill(0xff);
        column.nulls = false;
      }
      const coded = column.coded;
      if (coded) copy(vectors[coded.vector]!, coded.data, coded.validity, true);
    }
    this.chunk.rowCount = size;
    this.appender.appendDataChunk(this.chunk);
    this.chunk.reset();
    this.before += size;
    this.size = 0;
  }
}
