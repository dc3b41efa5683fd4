// npm run bench [-- --quick] [--site <built dir>] [--seed N] [--keep] [--report-only]
// Writes bench/results.json and bench/REPORT.md. See bench/REPORT.md for what is measured.
// --report-only re-renders REPORT.md from the existing results.json.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { serveStatic } from "../data/site/server.ts";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../test/browser/browser.ts";
import { measureLoadPaths, measureQueries } from "./browser/bench.ts";
import { notMeasured, type PageResult } from "./browser/pages.ts";
import { buildBenchSite } from "./browser/site.ts";
import { writeCorpus } from "./corpus.ts";
import { measureFormats } from "./formats.ts";
import { runIngest } from "./ingest.ts";
import { writeRealCorpus } from "./ingest-corpora.ts";
import { currentLoad, describeMachine } from "./machine.ts";
import { runNative } from "./native.ts";
import { FILTER_ZONE, QUERIES } from "./queries.ts";
import { renderReport } from "./report.ts";
import { loadSeeds } from "./seeds.ts";
import { buildSite, measureSite, NAV_PATHS, sitePaths } from "./site-pages.ts";
import { disagreements, identityOf, loadRowsOf, queryRowsOf, scalingOf, speedupOf, targetsOf } from "./summarize.ts";
import { BENCH_TABLES, writeBenchFiles } from "./tables.ts";
import type { BenchResults, IngestRun, WrittenCorpus } from "./types.ts";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const { values } = parseArgs({
  options: {
    quick: { type: "boolean" },
    site: { type: "string" },
    seed: { type: "string" },
    keep: { type: "boolean" },
    "report-only": { type: "boolean" },
  },
});
if (values["report-only"]) {
  const saved = JSON.parse(await readFile(join(HERE, "results.json"), "utf8")) as BenchResults;
  await writeFile(join(HERE, "REPORT.md"), renderReport(saved));
  process.exit(0);
}
const quick = values.quick ?? false;
const seed = values.seed === undefined ? 20240601 : Number(values.seed);
if (!Number.isInteger(seed)) throw new TypeError(`--seed must be an integer, got ${values.seed}`);

const machine = describeMachine();
const plan = quick
  ? {
      scales: [1, 10],
      realCopies: [1, 3],
      workers: [1, 2],
      querySizes: [10_000],
      loadRows: 10_000,
      loadRepeats: 1,
      queryRuns: 5,
      groupByRuns: 3,
    }
  : {
      scales: [1, 10, 100, 1000],
      realCopies: [1, 10, 30],
      workers: [...new Set([1, machine.cores])],
      querySizes: [10_000, 100_000, 1_000_000],
      loadRows: 1_000_000,
      loadRepeats: 3,
      queryRuns: 15,
      groupByRuns: 5,
    };

const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(0)}s] ${message}\n`);
const t0 = performance.now();
const startedAt = new Date().toISOString();
const work = await mkdtemp(join(tmpdir(), "wb-bench-"));
const notes: string[] = [];

try {
  // 1. Corpus
  const model = await loadSeeds(join(HERE, "..", "seeds"));
  const corpus: WrittenCorpus[] = [];
  for (const scale of plan.scales) {
    corpus.push(await writeCorpus(model, { seed, scale }, join(work, `corpus-${scale}x`)));
    log(`corpus ${scale}×: ${corpus.at(-1)!.files} files, ${(corpus.at(-1)!.bytes / 1e6).toFixed(2)} MB`);
  }

  // 2. Ingest
  const ingest: IngestRun[] = [];
  for (const c of corpus) {
    for (const workers of plan.workers) {
      const run = await runIngest(c, workers, join(work, `out-${c.scale}x-${workers}w`));
      ingest.push(run);
      log(
        `ingest ${c.scale}× with ${workers} worker(s): ${(run.wallMs / 1000).toFixed(2)} s, ${run.mbPerSec.toFixed(2)} MB/s, ${run.maxRssMB.toFixed(0)} MB RSS, ${run.rows.facts} facts`,
      );
      if (workers > 1) await rm(join(work, `out-${c.scale}x-${workers}w`), { recursive: true, force: true });
    }
  }
  // Real reports: CPU per MB at the margin on the kind of text analysts ingest, not only on the seed recombinations.
  const ingestReal: IngestRun[] = [];
  for (const copies of plan.realCopies) {
    const real = await writeRealCorpus(copies, join(work, `real-${copies}x`));
    for (const workers of copies === plan.realCopies.at(-1) ? plan.workers : [1]) {
      const run = await runIngest(real, workers, join(work, `out-real-${copies}x-${workers}w`));
      ingestReal.push({ ...run, corpus: "real" });
      log(
        `ingest real ${copies}× (${real.files} files, ${(real.bytes / 1e6).toFixed(2)} MB) with ${workers} worker(s): ${(run.cpuMs / 1000).toFixed(2)} CPU-s, ${run.maxRssMB.toFixed(0)} MB RSS, load ${run.loadBefore?.toFixed(2)}`,
      );
      await rm(join(work, `out-real-${copies}x-${workers}w`), { recursive: true, force: true });
    }
  }
  const formats = await measureFormats(quick ? 3 : 10);
  for (const f of formats) log(`format ${f.format} (${f.file}): read ${f.readMs.toFixed(1)} ms, total ${f.totalMs.toFixed(1)} ms per file`);
  const baseScale = Math.max(...plan.scales);
  const baseDir = join(work, `out-${baseScale}x-1w`);

  // 3. Benchmark tables, native DuckDB
  const dataDir = join(work, "data");
  const files = await writeBenchFiles(baseDir, plan.querySizes, plan.loadRows, dataDir);
  log(
    `bench tables from the ${baseScale}× ingest: ${files.queries.map((q) => `${q.rows} rows → ${(q.bytes / 1e6).toFixed(1)} MB`).join(", ")}`,
  );
  const native = [
    ...(await runNative(dataDir, files.queries, 1, plan.queryRuns)),
    ...(machine.cores > 1 ? await runNative(dataDir, files.queries, machine.cores, plan.queryRuns) : []),
  ];
  log("native DuckDB queries done");

  // 4. Browser: bench page, then the real site
  const benchDist = await buildBenchSite(join(work, "bench-site"), dataDir);
  log("bench site built");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  let loadResults: Awaited<ReturnType<typeof measureLoadPaths>> = [];
  let wasm: Awaited<ReturnType<typeof measureQueries>> = [];
  let pages: PageResult[] = [];
  try {
    const served = await serveStatic(benchDist);
    try {
      loadResults = await measureLoadPaths(browser, served.url, files.load, plan.loadRepeats, plan.groupByRuns);
      log("load paths done");
      wasm = await measureQueries(browser, served.url, files.queries, BENCH_TABLES, QUERIES, plan.queryRuns, FILTER_ZONE);
      log("browser queries done");
    } finally {
      await new Promise<void>((ok) => served.server.close(() => ok()));
    }
    let siteDist = values.site;
    if (!siteDist) {
      siteDist = join(work, "site-dist");
      try {
        await buildSite(siteDist);
        log("site built");
      } catch (err) {
        siteDist = undefined;
        const why = err instanceof Error ? err.message : String(err);
        notes.push(`Site pages not measured: the site build failed (${why}).`);
        pages = NAV_PATHS.map((path) => notMeasured(path, "site build failed"));
        log(`site build failed: ${why}`);
      }
    }
    if (siteDist) {
      const all = sitePaths(siteDist);
      pages = await measureSite(siteDist, quick ? ["/", "/indicators", ...all.filter((p) => p.startsWith("/reports/"))] : all);
      log("site pages done");
    }
  } finally {
    await browser.close();
  }

  // 5. Results
  const queries = queryRowsOf(wasm, native, machine.cores);
  for (const d of disagreements(queries)) notes.push(`Result mismatch: ${d}`);
  machine.loadEnd = currentLoad();
  if (Math.max(machine.loadStart, machine.loadEnd) > machine.cores * 0.5) {
    notes.push(
      `Figures were taken on a shared, loaded machine (1-min load average ${machine.loadStart.toFixed(1)} at the start, ${machine.loadEnd.toFixed(1)} at the end, on ${machine.cores} cores): expect noise; re-run on a quiet machine for reference numbers.`,
    );
  }
  if (quick)
    notes.push(
      "Quick run (CI smoke test): 1× and 10× only, 1 and 2 workers, 10k-row tables; the targets at 1000× and 1M facts are not measured.",
    );
  const fileBytes = {
    "parquet-wasm": files.load.parquet.bytes,
    "arrow-ipc": files.load.arrow.bytes,
    "duckdb-file": files.load.duckdb.bytes,
    "duckdb-parquet": files.load.parquet.bytes,
  };
  const partial = {
    mode: quick ? "quick" : "full",
    startedAt,
    durationS: (performance.now() - t0) / 1000,
    machine,
    notes,
    corpus: corpus.map((c) => ({ ...c, dir: `<tmp>/corpus-${c.scale}x` })),
    ingest,
    ingestReal,
    scalingReal: scalingOf(ingestReal),
    formats,
    identical: identityOf(ingest),
    scaling: scalingOf(ingest),
    speedup: speedupOf(ingest),
    load: loadRowsOf(loadResults, files.load.rows, fileBytes),
    queries,
    pages,
  } satisfies Omit<BenchResults, "targets">;
  const results: BenchResults = { ...partial, targets: targetsOf(partial) };
  await writeFile(join(HERE, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(HERE, "REPORT.md"), renderReport(results));
  log("wrote bench/results.json and bench/REPORT.md");
  for (const t of results.targets) log(`${t.reached === null ? "–" : t.reached ? "✓" : "✗"} ${t.name}: ${t.measured} (${t.target})`);
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}
