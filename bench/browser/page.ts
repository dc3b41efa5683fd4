// Browser side of the benchmark, built by Framework as a module of a one-page bench
// site (see site.ts), so every library is the site's own self-hosted copy. The
// Node runner calls `window.workbenchBench.*` with playwright and reads the results.

import * as duckdb from "npm:@duckdb/duckdb-wasm";
import { DuckDBClient } from "npm:@observablehq/duckdb";
import * as Arrow from "npm:apache-arrow";
import * as aq from "npm:arquero";
import * as Parquet from "npm:parquet-wasm";
import type { AsyncDuckDB } from "@duckdb/duckdb-wasm";

/** How the facts table gets into DuckDB-WASM. */
export type LoadPath = "parquet-wasm" | "arrow-ipc" | "duckdb-file" | "duckdb-parquet";

/** Milliseconds spent in each phase of one load, and the bytes fetched. */
export interface LoadTiming {
  path: LoadPath;
  /** DuckDB-WASM worker start, wasm compile and open (runs while the file downloads). */
  startMs: number;
  fetchMs: number;
  decodeMs: number;
  insertMs: number;
  firstQueryMs: number;
  /** From the call to the first answered query. */
  totalMs: number;
  bytes: number;
  rows: number;
  /** Median of further runs of the group-by query on the loaded table. */
  groupByMs: number;
}

/** One query's timings (ms) and its first result row. */
export interface QueryTiming {
  id: string;
  times: number[];
  first: unknown;
}

/** Query benchmark on one DuckDB file. */
export interface QueryBench {
  loadMs: number;
  bytes: number;
  duckdb: QueryTiming[];
  arquero: QueryTiming[];
}

/**
 * A new DuckDB-WASM database as Framework's DuckDBClient.of opens one (eh bundle, dates and BIGINT cast), created
 * here so the bench holds the AsyncDuckDB itself instead of reaching into the client's private `_db`.
 */
async function openDuckDB(): Promise<{ client: DuckDBClient; duck: AsyncDuckDB }> {
  const worker = await duckdb.createWorker(import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"));
  const duck = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
  await duck.instantiate(import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
  await duck.open({ query: { castTimestampToDate: true, castBigIntToDouble: true } });
  return { client: new DuckDBClient(duck), duck };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fetch ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Plain JSON of an Arrow row (BigInt → number). */
function plain(row: unknown): unknown {
  return JSON.parse(JSON.stringify(row ?? null, (_k, v) => (typeof v === "bigint" ? Number(v) : v)));
}

const GROUP_BY = "SELECT metric, count(*)::INTEGER AS n FROM facts GROUP BY metric ORDER BY n DESC, metric LIMIT 20";

async function medianOf(op: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await op();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Attaches a registered DuckDB file read-only and makes its tables visible as views
 * in main (USE would only hold for one connection; Framework opens one per query).
 */
async function attach(connection: Awaited<ReturnType<AsyncDuckDB["connect"]>>, name: string, tables: readonly string[]): Promise<void> {
  await connection.query(`ATTACH '${name}' AS bench (READ_ONLY)`);
  for (const table of tables) await connection.query(`CREATE VIEW main.${table} AS SELECT * FROM bench.main.${table}`);
}

/** Loads `url` into a new DuckDB-WASM through `path` and answers one group-by query. */
async function load(path: LoadPath, url: string, runs: number): Promise<LoadTiming> {
  const t0 = performance.now();
  const started = openDuckDB().then((opened) => ({ ...opened, at: performance.now() }));
  const bytes = await fetchBytes(url);
  const size = bytes.byteLength; // registerFileBuffer transfers (empties) the buffer
  const fetched = performance.now();
  let decoded = fetched;
  let source: Arrow.Table | null = null;
  if (path === "parquet-wasm") {
    // As FileAttachment.parquet() does.
    await Parquet.default(import.meta.resolve("npm:parquet-wasm/esm/parquet_wasm_bg.wasm"));
    source = Arrow.tableFromIPC(Parquet.readParquet(bytes).intoIPCStream());
    decoded = performance.now();
  } else if (path === "arrow-ipc") {
    source = Arrow.tableFromIPC(bytes);
    decoded = performance.now();
  }
  const { client, duck, at } = await started;
  const insertStart = performance.now();
  const connection = await duck.connect();
  try {
    if (source) {
      await connection.insertArrowTable(source, { name: "facts", schema: "main" });
    } else {
      const name = path === "duckdb-file" ? "facts.duckdb" : "facts.parquet";
      await duck.registerFileBuffer(name, bytes);
      if (path === "duckdb-file") await attach(connection, name, ["facts"]);
      else await connection.query(`CREATE TABLE facts AS SELECT * FROM read_parquet('${name}')`);
    }
  } finally {
    await connection.close();
  }
  const inserted = performance.now();
  const count = await client.query("SELECT count(*)::INTEGER AS n FROM facts");
  await client.query(GROUP_BY);
  const answered = performance.now();
  const groupByMs = await medianOf(() => client.query(GROUP_BY), runs);
  return {
    path,
    startMs: at - t0,
    fetchMs: fetched - t0,
    decodeMs: decoded - fetched,
    insertMs: inserted - insertStart,
    firstQueryMs: answered - inserted,
    totalMs: answered - t0,
    bytes: size,
    rows: Number(count.get(0)?.n),
    groupByMs,
  };
}

async function timeQuery(id: string, op: () => Promise<unknown>, runs: number): Promise<QueryTiming> {
  const first = await op();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await op();
    times.push(performance.now() - t);
  }
  return { id, times, first: plain(first) };
}

/** Attaches a bench DuckDB file and times each query `runs` times, then the Arquero versions of `arqueroIds`. */
async function queries(
  url: string,
  tables: string[],
  list: { id: string; sql: string }[],
  runs: number,
  zone: string,
): Promise<QueryBench> {
  const t0 = performance.now();
  const [{ client, duck }, bytes] = await Promise.all([openDuckDB(), fetchBytes(url)]);
  const size = bytes.byteLength;
  await duck.registerFileBuffer("bench.duckdb", bytes);
  const connection = await duck.connect();
  await attach(connection, "bench.duckdb", tables);
  await connection.close();
  const loadMs = performance.now() - t0;
  const duckdb: QueryTiming[] = [];
  for (const q of list) duckdb.push(await timeQuery(q.id, async () => (await client.query(q.sql)).get(0)?.toJSON(), runs));
  // Arquero gets the columns the queries read, as Arrow from DuckDB (not timed).
  const fromArrow = async (sql: string) => aq.fromArrow((await client.query(sql)) as unknown as Parameters<typeof aq.fromArrow>[0]);
  const facts = await fromArrow("SELECT doc_id, value, unit, metric FROM facts");
  const documents = await fromArrow("SELECT doc_id, region AS zone FROM documents");
  const arquero: QueryTiming[] = [
    await timeQuery(
      "filter_zone",
      async () => {
        const inZone = documents.params({ zone }).filter((d: { zone: string }, $: { zone: string }) => d.zone === $.zone);
        return facts
          .filter((d: { unit: string }) => d.unit === "CNY")
          .semijoin(inZone, "doc_id")
          .rollup({ n: aq.op.count(), total: aq.op.sum("value") })
          .object(0);
      },
      runs,
    ),
    await timeQuery(
      "group_metric",
      async () =>
        facts
          .groupby("metric")
          .rollup({ n: aq.op.count(), total: aq.op.sum("value") })
          .orderby(aq.desc("n"), "metric")
          .slice(0, 20)
          .object(0),
      runs,
    ),
  ];
  return { loadMs, bytes: size, duckdb, arquero };
}

/** Entry points the Node runner calls. */
export const api = { load, queries };

/** Exposes the entry points on `window.workbenchBench` and marks the page ready. */
export function install(): string {
  (window as unknown as { workbenchBench: typeof api }).workbenchBench = api;
  return "bench ready";
}
