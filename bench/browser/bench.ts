// Drives the bench page (page.ts): load paths and query latencies, each in a cold context.
import type { Browser } from "playwright-core";
import type { LoadFiles, QueryFiles } from "../tables.ts";
import { openCold } from "./cold.ts";
import type { LoadPath, LoadTiming, QueryBench } from "./page.ts";

type Api = { load: (path: LoadPath, url: string, runs: number) => Promise<LoadTiming>; queries: (...a: unknown[]) => Promise<QueryBench> };

/** Every way the bench loads the facts table. */
export const LOAD_PATHS: readonly LoadPath[] = ["parquet-wasm", "arrow-ipc", "duckdb-file", "duckdb-parquet"];

/** A load-path run, or why it failed. */
export type LoadResult = (LoadTiming & { transferred: number; ok: true }) | { path: LoadPath; ok: false; error: string };

async function withBenchPage<T>(
  browser: Browser,
  benchUrl: string,
  run: (call: Api) => Promise<T>,
  onBytes?: (bytes: number) => void,
): Promise<T> {
  const cold = await openCold(browser, benchUrl);
  try {
    await cold.page.goto(`${benchUrl}/`, { waitUntil: "load" });
    await cold.page.waitForFunction(() => "workbenchBench" in window, undefined, { timeout: 30_000 });
    const before = cold.bytes();
    const result = await run({
      load: (path, url, runs) =>
        cold.page.evaluate(
          ([p, u, r]) => (window as unknown as { workbenchBench: Api }).workbenchBench.load(p as LoadPath, u as string, r as number),
          [path, url, runs] as const,
        ),
      queries: (...args) => cold.page.evaluate((a) => (window as unknown as { workbenchBench: Api }).workbenchBench.queries(...a), args),
    });
    onBytes?.(cold.bytes() - before);
    if (cold.external.length > 0) throw new Error(`bench page made external requests: ${cold.external.join(", ")}`);
    return result;
  } finally {
    await cold.close();
  }
}

/** Loads the facts table through each path `repeats` times (cold each time); keeps every run. */
export async function measureLoadPaths(
  browser: Browser,
  benchUrl: string,
  files: LoadFiles,
  repeats: number,
  runs: number,
): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  const fileOf: Record<LoadPath, string> = {
    "parquet-wasm": files.parquet.file,
    "arrow-ipc": files.arrow.file,
    "duckdb-file": files.duckdb.file,
    "duckdb-parquet": files.parquet.file,
  };
  for (let i = 0; i < repeats; i++) {
    for (const path of LOAD_PATHS) {
      let transferred = 0;
      try {
        const timing = await withBenchPage(
          browser,
          benchUrl,
          (api) => api.load(path, `/bench-data/${fileOf[path]}`, runs),
          (b) => {
            transferred = b;
          },
        );
        out.push({ ...timing, transferred, ok: true });
      } catch (err) {
        out.push({ path, ok: false, error: err instanceof Error ? err.message.split("\n")[0] : String(err) });
      }
    }
  }
  return out;
}

/** Runs the query benchmark on each DuckDB file, cold page per size. */
export async function measureQueries(
  browser: Browser,
  benchUrl: string,
  files: readonly QueryFiles[],
  tables: readonly string[],
  queries: readonly { id: string; sql: string }[],
  runs: number,
  zone: string,
): Promise<{ rows: number; bench: QueryBench }[]> {
  const out: { rows: number; bench: QueryBench }[] = [];
  for (const f of files) {
    const bench = await withBenchPage(browser, benchUrl, (api) => api.queries(`/bench-data/${f.file}`, tables, queries, runs, zone));
    out.push({ rows: f.rows, bench });
  }
  return out;
}
