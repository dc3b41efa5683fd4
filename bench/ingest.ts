// Ingest measurements: the ingest CLI in a child process, timed from outside and
// reporting its own CPU time and peak RSS (see ingest-child.mjs).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import type { IngestRun, WrittenCorpus } from "./types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CHILD = fileURLToPath(new URL("./ingest-child.mjs", import.meta.url));
const TABLE_FILES = ["documents", "sentences", "facts", "entities", "mentions", "events", "errors"] as const;

/** Row counts of every Parquet table in `dir`. */
export async function countRows(dir: string): Promise<Record<string, number>> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of TABLE_FILES) {
      const path = join(dir, `${table}.parquet`).replaceAll("'", "''");
      const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${path}')`);
      counts[table] = Number(reader.getRowObjects()[0].n);
    }
    return counts;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Total size and one SHA-256 over every output file (name and bytes, sorted by name). */
export async function hashOutput(dir: string): Promise<{ bytes: number; sha256: string }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".parquet")).sort();
  const hash = createHash("sha256");
  let bytes = 0;
  for (const name of names) {
    const data = await readFile(join(dir, name));
    bytes += data.byteLength;
    hash.update(`${name}\0${data.byteLength}\0`).update(data);
  }
  return { bytes, sha256: hash.digest("hex") };
}

function runChild(args: string[], usageFile: string): Promise<{ code: number | null; stdout: string; stderr: string; wallMs: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // Plain node, as `npm run ingest` runs: the CLI's start-up (bundle load, or its first build) is measured as users see it.
    const child = spawn(process.execPath, [CHILD, ...args], {
      cwd: ROOT,
      env: { ...process.env, BENCH_USAGE_FILE: usageFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, wallMs: performance.now() - started }));
  });
}

/** Ingests `corpus` with `workers` workers into `outDir` and measures it. Exit code 1 (some files failed) still counts. */
export async function runIngest(corpus: WrittenCorpus, workers: number, outDir: string): Promise<IngestRun> {
  const usageFile = join(tmpdir(), `wb-bench-usage-${process.pid}-${corpus.scale}-${workers}.json`);
  await rm(outDir, { recursive: true, force: true });
  const loadBefore = loadavg()[0];
  const child = await runChild([corpus.dir, "--out", outDir, "--workers", String(workers)], usageFile);
  if (child.code !== 0 && child.code !== 1) {
    throw new Error(`ingest of ${corpus.dir} with ${workers} workers exited with ${child.code}:\n${child.stderr.slice(-2000)}`);
  }
  const usage = JSON.parse(await readFile(usageFile, "utf8")) as {
    runMs: number;
    userUs: number;
    systemUs: number;
    maxRssKiB: number;
    mainThreadUs: number | null;
  };
  await rm(usageFile, { force: true });
  const rows = await countRows(outDir);
  const output = await hashOutput(outDir);
  const seconds = child.wallMs / 1000;
  const textMB = corpus.bytes / 1e6;
  return {
    scale: corpus.scale,
    workers,
    files: corpus.files,
    textMB,
    wallMs: child.wallMs,
    runMs: usage.runMs,
    cpuMs: (usage.userUs + usage.systemUs) / 1000,
    ...(usage.mainThreadUs === null ? {} : { mainCpuMs: usage.mainThreadUs / 1000 }),
    maxRssMB: (usage.maxRssKiB * 1024) / 1e6,
    mbPerSec: textMB / seconds,
    factsPerSec: rows.facts / seconds,
    rows,
    parquetBytes: output.bytes,
    outputSha256: output.sha256,
    failedFiles: rows.errors,
    loadBefore,
    loadAfter: loadavg()[0],
  };
}

/** Size of a directory's files (not recursive). */
export async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}
