// Benchmark tables of an exact number of facts, made by copying a real ingest output
// (ids renumbered per copy) with native DuckDB, and written in every format the
// browser benchmark loads.
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { tableFromIPC, tableToIPC } from "apache-arrow";
import { readParquet } from "parquet-wasm/node";

/** Tables the query benchmark uses. */
export const BENCH_TABLES = ["facts", "documents", "sentences", "mentions", "entities"] as const;
/** Storage version DuckDB-WASM 1.29 (DuckDB 1.1) can read. */
export const WASM_STORAGE_VERSION = "v1.0.0";

function quote(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** Copy c of an id that starts with the document id: copy 0 keeps it, others get `~c` after the doc id. */
function copied(column: string): string {
  return `CASE WHEN c.range = 0 THEN t.${column} ELSE t.doc_id || '~' || c.range::VARCHAR || substr(t.${column}, length(t.doc_id) + 1) END`;
}

/**
 * Creates tables facts (exactly `rows` rows), documents (metadata, no text),
 * sentences, mentions (of the copied documents) and entities (as ingested) in
 * `connection` from the Parquet tables in `baseDir`.
 */
export async function createBenchTables(connection: DuckDBConnection, baseDir: string, rows: number): Promise<Record<string, number>> {
  if (!Number.isInteger(rows) || rows < 1) throw new TypeError(`createBenchTables: rows must be a positive integer, got ${rows}`);
  const src = (table: string) => `read_parquet(${quote(join(baseDir, `${table}.parquet`))})`;
  const base = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${src("facts")}`);
  const baseFacts = Number(base.getRowObjects()[0].n);
  if (baseFacts === 0) throw new TypeError(`createBenchTables: ${baseDir}/facts.parquet has no rows`);
  const copies = Math.ceil(rows / baseFacts);
  const docId = "CASE WHEN c.range = 0 THEN t.doc_id ELSE t.doc_id || '~' || c.range::VARCHAR END";
  await connection.run(
    `CREATE OR REPLACE TABLE facts AS SELECT * EXCLUDE (_copy, _row) FROM (
       SELECT t.* REPLACE (${copied("fact_id")} AS fact_id, ${docId} AS doc_id, ${copied("sentence_id")} AS sentence_id),
              c.range AS _copy, t._row
       FROM (SELECT *, row_number() OVER () AS _row FROM ${src("facts")}) t, range(${copies}) c
       ORDER BY _copy, _row LIMIT ${rows})`,
  );
  await connection.run("CREATE OR REPLACE TEMP TABLE _docs AS SELECT DISTINCT doc_id FROM facts");
  await connection.run(
    `CREATE OR REPLACE TABLE documents AS SELECT ${docId} AS doc_id, t.file, t.title, t.region, t.year, t.chars
     FROM ${src("documents")} t, range(${copies}) c WHERE ${docId} IN (SELECT doc_id FROM _docs) ORDER BY doc_id`,
  );
  await connection.run(
    `CREATE OR REPLACE TABLE sentences AS SELECT t.* REPLACE (${docId} AS doc_id, ${copied("sentence_id")} AS sentence_id)
     FROM ${src("sentences")} t, range(${copies}) c WHERE ${docId} IN (SELECT doc_id FROM _docs) ORDER BY c.range, t.doc_id, t.start`,
  );
  await connection.run(
    `CREATE OR REPLACE TABLE mentions AS SELECT t.* REPLACE (${docId} AS doc_id, ${copied("sentence_id")} AS sentence_id)
     FROM ${src("mentions")} t, range(${copies}) c WHERE ${docId} IN (SELECT doc_id FROM _docs) ORDER BY c.range, t.doc_id, t.start`,
  );
  await connection.run(`CREATE OR REPLACE TABLE entities AS SELECT * FROM ${src("entities")}`);
  const counts: Record<string, number> = {};
  for (const table of BENCH_TABLES) {
    const r = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${table}`);
    counts[table] = Number(r.getRowObjects()[0].n);
  }
  return counts;
}

/** Copies `tables` of the current database into a DuckDB file that DuckDB-WASM 1.29 can attach. */
export async function writeDuckDBFile(connection: DuckDBConnection, tables: readonly string[], path: string): Promise<number> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
  await connection.run(`ATTACH ${quote(path)} AS bench_out (STORAGE_VERSION '${WASM_STORAGE_VERSION}')`);
  try {
    for (const table of tables) await connection.run(`CREATE TABLE bench_out.${table} AS SELECT * FROM memory.main.${table}`);
    await connection.run("CHECKPOINT bench_out");
  } finally {
    await connection.run("DETACH bench_out");
  }
  return (await stat(path)).size;
}

/** Writes one table as Parquet the way the pipeline does (zstd). */
export async function writeParquetFile(connection: DuckDBConnection, table: string, path: string): Promise<number> {
  await connection.run(`COPY ${table} TO ${quote(path)} (FORMAT parquet, COMPRESSION zstd)`);
  return (await stat(path)).size;
}

/** Converts a Parquet file to an uncompressed Arrow IPC file with parquet-wasm and apache-arrow. */
export async function writeArrowFile(parquetPath: string, path: string): Promise<number> {
  const table = tableFromIPC(readParquet(await readFile(parquetPath)).intoIPCStream());
  const bytes = tableToIPC(table, "file");
  await writeFile(path, bytes);
  return bytes.byteLength;
}

/** Files the load-path benchmark fetches for one facts table. */
export interface LoadFiles {
  rows: number;
  parquet: { file: string; bytes: number };
  arrow: { file: string; bytes: number };
  duckdb: { file: string; bytes: number };
}

/** One size of the query benchmark: a DuckDB file with every bench table. */
export interface QueryFiles {
  rows: number;
  file: string;
  bytes: number;
  counts: Record<string, number>;
}

/**
 * Builds the benchmark files for each size into `outDir` (served as `/bench-data/`).
 * Load-path files are written for `loadRows` only. Returns the open database with
 * the largest size's tables left in memory for the native comparison.
 */
export async function writeBenchFiles(
  baseDir: string,
  sizes: readonly number[],
  loadRows: number,
  outDir: string,
): Promise<{ queries: QueryFiles[]; load: LoadFiles }> {
  await mkdir(outDir, { recursive: true });
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const queries: QueryFiles[] = [];
  let load: LoadFiles | undefined;
  try {
    for (const rows of sizes) {
      const counts = await createBenchTables(connection, baseDir, rows);
      const file = `bench-${rows}.duckdb`;
      const bytes = await writeDuckDBFile(connection, BENCH_TABLES, join(outDir, file));
      queries.push({ rows, file, bytes, counts });
      if (rows === loadRows) {
        const parquet = await writeParquetFile(connection, "facts", join(outDir, `facts-${rows}.parquet`));
        const arrow = await writeArrowFile(join(outDir, `facts-${rows}.parquet`), join(outDir, `facts-${rows}.arrow`));
        const duckdb = await writeDuckDBFile(connection, ["facts"], join(outDir, `facts-${rows}.duckdb`));
        load = {
          rows,
          parquet: { file: `facts-${rows}.parquet`, bytes: parquet },
          arrow: { file: `facts-${rows}.arrow`, bytes: arrow },
          duckdb: { file: `facts-${rows}.duckdb`, bytes: duckdb },
        };
      }
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  if (!load) throw new TypeError(`writeBenchFiles: loadRows ${loadRows} is not one of the sizes ${sizes.join(", ")}`);
  return { queries, load };
}
