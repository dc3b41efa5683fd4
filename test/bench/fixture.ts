// A small BenchResults for report and summary tests.
import type { BenchResults, IngestRun } from "../../bench/types.ts";

/** An ingest run with plausible numbers. */
export function run(scale: number, workers: number, wallMs: number, sha = "same"): IngestRun {
  const textMB = 0.046 * scale;
  return {
    scale,
    workers,
    files: 5 * scale,
    textMB,
    wallMs,
    runMs: wallMs - 400,
    cpuMs: wallMs * 0.9 * workers,
    maxRssMB: 150 + scale / 2,
    mbPerSec: textMB / (wallMs / 1000),
    factsPerSec: (225 * scale) / (wallMs / 1000),
    rows: { facts: 225 * scale, errors: 0 },
    parquetBytes: 20_000 * scale,
    outputSha256: sha,
    failedFiles: 0,
  };
}

/** Results of a pretend full run. */
export function fixture(): Omit<BenchResults, "targets"> {
  return {
    mode: "full",
    startedAt: "2026-01-01T00:00:00.000Z",
    durationS: 600,
    machine: { cpuModel: "Test CPU", cores: 2, memoryGB: 8, node: "v20.0.0", platform: "linux", loadStart: 0.2, loadEnd: 0.3 },
    notes: ["a note"],
    corpus: [],
    ingest: [run(10, 1, 2000), run(100, 1, 12000), run(1000, 1, 110000), run(1000, 2, 60000, "other")],
    identical: [{ scale: 1000, workers: 2, identical: false }],
    scaling: [],
    speedup: [{ scale: 1000, workers: 2, speedup: 110000 / 60000 }],
    load: [
      {
        path: "parquet-wasm",
        rows: 1_000_000,
        ok: true,
        repeats: 3,
        startMs: 900,
        fetchMs: 100,
        decodeMs: 800,
        insertMs: 1900,
        firstQueryMs: 70,
        totalMs: 3670,
        fileBytes: 8e6,
        transferredBytes: 14e6,
        groupByMs: 65,
      },
      {
        path: "duckdb-file",
        rows: 1_000_000,
        ok: true,
        repeats: 3,
        startMs: 900,
        fetchMs: 300,
        decodeMs: 0,
        insertMs: 200,
        firstQueryMs: 60,
        totalMs: 1160,
        fileBytes: 19e6,
        transferredBytes: 20e6,
        groupByMs: 48,
      },
      { path: "duckdb-parquet", rows: 1_000_000, ok: false, repeats: 3, error: "RuntimeError: unreachable" },
    ],
    queries: [
      { rows: 1_000_000, id: "group_metric", engine: "duckdb-wasm", medianMs: 65, p95Ms: 80, runs: 15, first: { n: 10 } },
      { rows: 1_000_000, id: "group_metric", engine: "duckdb-native-1", medianMs: 22, p95Ms: 25, runs: 15, first: { n: 10 } },
      { rows: 1_000_000, id: "group_metric", engine: "arquero", medianMs: 130, p95Ms: 150, runs: 15, first: { n: 11 } },
    ],
    pages: [
      {
        path: "/",
        status: "ok",
        firstChartMs: 640,
        firstViewMs: 600,
        firstQueryMs: null,
        loadMs: 300,
        bytes: 700_000,
        requests: 50,
        consoleErrors: 0,
        warm: null,
      },
      {
        path: "/indicators",
        status: "ok",
        firstChartMs: 5000,
        firstViewMs: 4300,
        firstQueryMs: 4200,
        loadMs: 500,
        bytes: 36e6,
        requests: 70,
        consoleErrors: 0,
        warm: { bytes: 80_000, firstViewMs: 850, firstChartMs: 900, firstQueryMs: 800, loadMs: 200 },
      },
      {
        path: "/compare",
        status: "not measured: page missing",
        firstChartMs: null,
        firstViewMs: null,
        firstQueryMs: null,
        loadMs: null,
        bytes: null,
        requests: null,
        consoleErrors: null,
        warm: null,
      },
    ],
  };
}
