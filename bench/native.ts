// The query benchmark in native DuckDB (@duckdb/node-api) on the same DuckDB files the browser attaches.
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { QUERIES } from "./queries.ts";
import type { QueryFiles } from "./tables.ts";
import { type Latency, timeRuns } from "./timing.ts";

/** Native latencies of every query at one size and thread count. */
export interface NativeResult {
  rows: number;
  threads: number;
  queries: Record<string, Latency & { result: unknown }>;
}

/** Runs every query `runs` times on each file, with `threads` DuckDB threads. */
export async function runNative(dataDir: string, files: readonly QueryFiles[], threads: number, runs: number): Promise<NativeResult[]> {
  const instance = await DuckDBInstance.create(":memory:", { threads: String(threads) });
  const connection = await instance.connect();
  const out: NativeResult[] = [];
  try {
    for (const f of files) {
      await connection.run(`ATTACH '${join(dataDir, f.file).replaceAll("'", "''")}' AS bench (READ_ONLY)`);
      await connection.run("USE bench");
      const queries: NativeResult["queries"] = {};
      for (const q of QUERIES) {
        let result: unknown;
        const latency = await timeRuns(async () => {
          const reader = await connection.runAndReadAll(q.sql);
          result = reader.getRowObjectsJson()[0] ?? null;
        }, runs);
        queries[q.id] = { ...latency, result };
      }
      await connection.run("USE memory");
      await connection.run("DETACH bench");
      out.push({ rows: f.rows, threads, queries });
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return out;
}
