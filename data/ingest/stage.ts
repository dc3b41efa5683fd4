import { rmSync } from "node:fs";
import { join } from "node:path";
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, LIST, VARCHAR } from "@duckdb/node-api";
import { sqlIdent, sqlString } from "../../src/contract/sql.ts";
import type { StageBatch } from "./batch.ts";
import { ChunkAppender, chunkable, stagingColumns } from "./chunks-append.ts";
import { codeColumn } from "./codes.ts";
import { type ColumnType, TABLES, type TableSpec } from "./schema.ts";
import type { IngestResult } from "./types.ts";

/** Staging column type: dates are loaded as ISO strings and cast when copying. */
function stagingType(type: ColumnType): string {
  return type === "DATE" ? "VARCHAR" : type;
}

function badValue(where: string, type: ColumnType, value: unknown): TypeError {
  return new TypeError(`writeParquet: ${where} should be ${type}, got ${JSON.stringify(value)}`);
}

const VARCHAR_LIST = LIST(VARCHAR);

// A plain function without closures: it runs once per value, millions of times at scale.
function appendValue(appender: DuckDBAppender, type: ColumnType, value: unknown, table: string, row: number, column: string): void {
  if (value === null || value === undefined) {
    appender.appendNull();
    return;
  }
  switch (type) {
    case "VARCHAR":
    case "DATE":
      if (typeof value !== "string") throw badValue(`${table}[${row}].${column}`, type, value);
      appender.appendVarchar(value);
      break;
    case "INTEGER":
      if (!Number.isInteger(value)) throw badValue(`${table}[${row}].${column}`, type, value);
      appender.appendInteger(value as number);
      break;
    case "DOUBLE":
      if (typeof value !== "number") throw badValue(`${table}[${row}].${column}`, type, value);
      appender.appendDouble(value);
      break;
    case "BOOLEAN":
      if (typeof value !== "boolean") throw badValue(`${table}[${row}].${column}`, type, value);
      appender.appendBoolean(value);
      break;
    case "VARCHAR[]":
      if (!Array.isArray(value)) throw badValue(`${table}[${row}].${column}`, type, value);
      for (const v of value) if (typeof v !== "string") throw badValue(`${table}[${row}].${column}`, type, value);
      appender.appendList(value as string[], VARCHAR_LIST);
      break;
  }
}

type TableName = TableSpec["name"];

interface Staged {
  spec: TableSpec;
  appender: DuckDBAppender;
  /** The appender fed a data chunk at a time (tables without list columns). */
  chunks: ChunkAppender | null;
  rows: number;
}

/**
 * Every table as a DuckDB staging table that rows are appended to, in order, as they become
 * known (a document's rows while the other files are still being processed), and that is then
 * copied to `<table>.parquet` and dropped. One thread: the COPY writes the same bytes as with
 * two (checked on the 1000× bench corpus) with less memory (sentences at 1000×: peak 336 MB
 * instead of 412 MB) and less CPU (0.27 s instead of 0.33 s), and the bytes cannot depend on the machine.
 * Appenders and COPYs use two connections, so that tables can be copied (in a thread of libuv's pool)
 * while rows of other tables are appended or the caller computes on the main thread. Tables without
 * list columns repeat their texts as codes (codes.ts) that the COPY turns back into the texts.
 */
export class StagedTables {
  private constructor(
    private readonly instance: DuckDBInstance,
    /** Runs the COPYs. */
    private readonly connection: DuckDBConnection,
    /** Holds the appenders. */
    private readonly appending: DuckDBConnection,
    private readonly tables: Map<TableName, Staged>,
    /** Appends to stage_codes: the text of each code of each coded column (see codes.ts). */
    private readonly codes: DuckDBAppender,
    private readonly file?: string,
  ) {}

  /**
   * A fresh database with an empty staging table (and its appender) for every table: in memory, or in
   * `file` (a new file, removed by close) with at most `memoryMb` of memory. Rows appended over a long
   * run go to disk there, compressed (a checkpoint each 16 MB of log): sentences at 1000× hold 180 MB
   * instead of 370 MB, and the Parquet written from them is the same.
   */
  static async open(options: { file?: string; memoryMb?: number } = {}): Promise<StagedTables> {
    // DuckDB's allocator keeps freed memory for reuse: at 1000× the staging tables of documents, sentences
    // and facts, copied and dropped, left ~550 MB resident. Its background threads give it back (~140 MB).
    const settings: Record<string, string> = { threads: "1", preserve_insertion_order: "true", allocator_background_threads: "true" };
    if (options.memoryMb !== undefined) settings.memory_limit = `${options.memoryMb}MB`;
    const instance = await DuckDBInstance.create(options.file ?? ":memory:", settings);
    const connections: DuckDBConnection[] = [];
    const tables = new Map<TableName, Staged>();
    let codes: DuckDBAppender | undefined;
    try {
      connections.push(await instance.connect(), await instance.connect());
      const [connection, appending] = connections as [DuckDBConnection, DuckDBConnection];
      await connection.run('CREATE TABLE stage_codes ("table" VARCHAR, "column" VARCHAR, code INTEGER, value VARCHAR)');
      codes = await appending.createAppender("stage_codes");
      for (const spec of TABLES) {
        // Tables appended a chunk at a time stage repeated texts as codes.
        const chunked = chunkable(spec.columns);
        const columns = chunked ? stagingColumns(spec.columns, true) : spec.columns.map(([name, type]) => [name, stagingType(type)]);
        const defs = columns.map(([name, type]) => `${sqlIdent(name)} ${type}`).join(", ");
        await connection.run(`CREATE TABLE ${sqlIdent(`stage_${spec.name}`)} (${defs})`);
        const appender = await appending.createAppender(`stage_${spec.name}`);
        const chunks = chunked ? new ChunkAppender(appender, spec.name, spec.columns, { codes: true }) : null;
        tables.set(spec.name, { spec, appender, chunks, rows: 0 });
      }
      return new StagedTables(instance, connection, appending, tables, codes, options.file);
    } catch (err) {
      for (const { appender } of tables.values()) appender.closeSync();
      codes?.closeSync();
      for (const c of connections) c.closeSync();
      instance.closeSync();
      throw err;
    }
  }

  private staged(name: TableName): Staged {
    const table = this.tables.get(name);
    if (!table) throw new TypeError(`StagedTables: table ${name} is unknown or already written`);
    return table;
  }

  /** Appends rows (objects with the table's columns by name) after those appended before. */
  append(name: TableName, rows: readonly object[]): void {
    const table = this.staged(name);
    const { spec, appender, chunks } = table;
    if (chunks) {
      chunks.append(rows);
      table.rows += rows.length;
      return;
    }
    const names = spec.columns.map(([column]) => column);
    const types = spec.columns.map(([, type]) => type);
    for (let i = 0; i < rows.length; i++) {
      const record = rows[i] as Record<string, unknown>;
      for (let c = 0; c < names.length; c++) appendValue(appender, types[c]!, record[names[c]!], spec.name, table.rows + i, names[c]!);
      appender.endRow();
    }
    table.rows += rows.length;
  }

  /** Appends a batch of rows (batch.ts) after those appended before; `text` is the document text its slices point into. */
  appendBatch(name: TableName, batch: StageBatch, text = ""): void {
    const table = this.staged(name);
    if (!table.chunks) throw new TypeError(`StagedTables: ${name} has list columns, which batches do not hold`);
    table.chunks.appendBatch(batch, text);
    table.rows += batch.rows;
  }

  /** Rows appended to a table so far. */
  count(name: TableName): number {
    return this.staged(name).rows;
  }

  /**
   * Writes each table as zstd Parquet at its path (rows in the order appended, explicit types) and
   * frees its staging table. The rows are taken now (no more can be appended); the COPYs run in one
   * query off the main thread, so the caller may append to other tables or compute until it awaits.
   */
  write(files: ReadonlyArray<readonly [TableName, string]>): Promise<void> {
    const statements: string[] = [];
    for (const [name, path] of files) {
      const { spec, appender, chunks } = this.staged(name);
      chunks?.flush();
      appender.flushSync();
      appender.closeSync();
      this.tables.delete(name);
      const staging = sqlIdent(`stage_${spec.name}`);
      const dictionaries = chunks?.dictionaries() ?? new Map<string, readonly string[]>();
      for (const [column, values] of dictionaries)
        for (let code = 0; code < values.length; code++) {
          this.codes.appendVarchar(spec.name);
          this.codes.appendVarchar(column);
          this.codes.appendInteger(code);
          this.codes.appendVarchar(values[code]!);
          this.codes.endRow();
        }
      const select = spec.columns
        .map(([column, type]) => {
          const id = sqlIdent(column);
          if (type === "DATE") return `CAST(${id} AS DATE) AS ${id}`;
          // A coded value is its code's text; the others (and nulls) are in the text column.
          if (dictionaries.get(column)?.length)
            return `coalesce((SELECT list(value ORDER BY code) FROM stage_codes WHERE "table" = ${sqlString(spec.name)} AND "column" = ${sqlString(column)})[${sqlIdent(codeColumn(column))} + 1], ${id}) AS ${id}`;
          return id;
        })
        .join(", ");
      // No ORDER BY: with preserve_insertion_order the scan yields the rows as appended, and a sort would hold
      // a second copy of the table in memory.
      statements.push(
        `COPY (SELECT ${select} FROM ${staging}) TO ${sqlString(path)} (FORMAT parquet, COMPRESSION zstd)`,
        `DROP TABLE ${staging}`,
      );
    }
    this.codes.flushSync();
    return statements.length === 0 ? Promise.resolve() : this.connection.run(statements.join(";\n")).then(() => undefined);
  }

  /** Closes the database (tables not written are lost). Wait for every `write` first. */
  close(): void {
    for (const { appender } of this.tables.values()) appender.closeSync();
    this.tables.clear();
    this.codes.closeSync();
    this.appending.closeSync();
    this.connection.closeSync();
    this.instance.closeSync();
    if (this.file) for (const path of [this.file, `${this.file}.wal`, `${this.file}.tmp`]) rmSync(path, { force: true, recursive: true });
  }
}

/** Writes every table of `result` into `dir` as `<table>.parquet`, in the contract's table order. */
export async function writeTables(result: IngestResult, dir: string): Promise<void> {
  const staged = await StagedTables.open();
  try {
    for (const spec of TABLES) {
      staged.append(spec.name, result[spec.name]);
      await staged.write([[spec.name, join(dir, `${spec.name}.parquet`)]]);
    }
  } finally {
    staged.close();
  }
}
