// Turns raw measurements into the summary rows of results.json: growth fits,
// speed-ups, medians of load paths, query rows, and the targets of the brief.
import type { LoadResult } from "./browser/bench.ts";
import type { QueryBench } from "./browser/page.ts";
import { fitExponent, fitLinear, median } from "./fit.ts";
import type { NativeResult } from "./native.ts";
import { summarize } from "./timing.ts";
import type { BenchResults, IngestRun, LoadRow, QueryRow, TargetRow } from "./types.ts";

/** The load path the site itself uses. */
export const SITE_LOAD_PATH = "duckdb-file";

/** Growth of wall time with size per worker count (the exponent over sizes ≥ 10×, where start-up no longer dominates). */
export function scalingOf(runs: readonly IngestRun[]): BenchResults["scaling"] {
  const out: BenchResults["scaling"] = [];
  for (const workers of [...new Set(runs.map((r) => r.workers))].sort((a, b) => a - b)) {
    const series = runs.filter((r) => r.workers === workers).sort((a, b) => a.textMB - b.textMB);
    if (series.length < 2) continue;
    const large = series.filter((r) => r.scale >= 10);
    const forExponent = large.length >= 2 ? large : series;
    const enough = large.length >= 2;
    const exp = fitExponent(
      forExponent.map((r) => r.textMB),
      forExponent.map((r) => r.wallMs),
    );
    const lin = fitLinear(
      series.map((r) => r.textMB),
      series.map((r) => r.wallMs / 1000),
    );
    // CPU time of the whole process against size: the slope is the marginal cost per MB (its inverse, MB per
    // CPU-second, is the throughput per core), the intercept the fixed cost of a run.
    const cpu = fitLinear(
      series.map((r) => r.textMB),
      series.map((r) => r.cpuMs / 1000),
    );
    const ratios = series
      .slice(1)
      .map((r, i) => ({ scale: r.scale, sizeRatio: r.textMB / series[i].textMB, timeRatio: r.wallMs / series[i].wallMs }));
    out.push({
      workers,
      fittedOnLargeSizes: enough,
      exponent: exp.slope,
      r2: exp.r2,
      secondsPerMB: lin.slope,
      interceptS: lin.intercept,
      cpuSecondsPerMB: cpu.slope,
      cpuInterceptS: cpu.intercept,
      ratios,
    });
  }
  return out;
}

/** Wall-time speed-up of each multi-worker run over the 1-worker run of the same size. */
export function speedupOf(runs: readonly IngestRun[]): BenchResults["speedup"] {
  const out: BenchResults["speedup"] = [];
  for (const r of runs) {
    if (r.workers === 1) continue;
    const single = runs.find((s) => s.scale === r.scale && s.workers === 1);
    if (single)
      out.push({
        scale: r.scale,
        workers: r.workers,
        speedup: single.wallMs / r.wallMs,
        ...(single.loadBefore === undefined || single.loadAfter === undefined || r.loadBefore === undefined || r.loadAfter === undefined
          ? {}
          : {
              load: {
                single: [single.loadBefore, single.loadAfter] as [number, number],
                multi: [r.loadBefore, r.loadAfter] as [number, number],
              },
            }),
        cpuS: {
          single: single.cpuMs / 1000,
          multi: r.cpuMs / 1000,
          ...(single.mainCpuMs === undefined ? {} : { singleMain: single.mainCpuMs / 1000 }),
          ...(r.mainCpuMs === undefined ? {} : { multiMain: r.mainCpuMs / 1000 }),
        },
      });
  }
  return out;
}

/** Output identity of each multi-worker run against the 1-worker run of the same size. */
export function identityOf(runs: readonly IngestRun[]): BenchResults["identical"] {
  const out: BenchResults["identical"] = [];
  for (const r of runs) {
    if (r.workers === 1) continue;
    const single = runs.find((s) => s.scale === r.scale && s.workers === 1);
    if (single) out.push({ scale: r.scale, workers: r.workers, identical: single.outputSha256 === r.outputSha256 });
  }
  return out;
}

/** Median per load path over repeated cold loads (failures reported with their first error). */
export function loadRowsOf(results: readonly LoadResult[], rows: number, fileBytes: Record<string, number>): LoadRow[] {
  const paths = [...new Set(results.map((r) => r.path))];
  return paths.map((path) => {
    const runs = results.filter((r) => r.path === path);
    const ok = runs.flatMap((r) => (r.ok ? [r] : []));
    if (ok.length === 0) {
      const failed = runs.find((r) => !r.ok);
      return { path, rows, ok: false, repeats: runs.length, error: failed && !failed.ok ? failed.error : "no run" };
    }
    const med = (f: (r: (typeof ok)[number]) => number) => median(ok.map(f));
    return {
      path,
      rows,
      ok: true,
      repeats: ok.length,
      startMs: med((r) => r.startMs),
      fetchMs: med((r) => r.fetchMs),
      decodeMs: med((r) => r.decodeMs),
      insertMs: med((r) => r.insertMs),
      firstQueryMs: med((r) => r.firstQueryMs),
      totalMs: med((r) => r.totalMs),
      fileBytes: fileBytes[path],
      transferredBytes: med((r) => r.transferred),
      groupByMs: med((r) => r.groupByMs),
    };
  });
}

/** Query rows of every engine. */
export function queryRowsOf(
  wasm: readonly { rows: number; bench: QueryBench }[],
  native: readonly NativeResult[],
  cores: number,
): QueryRow[] {
  const out: QueryRow[] = [];
  for (const { rows, bench } of wasm) {
    for (const q of bench.duckdb) out.push({ rows, id: q.id, engine: "duckdb-wasm", ...pick(summarize(q.times)), first: q.first });
    for (const q of bench.arquero) out.push({ rows, id: q.id, engine: "arquero", ...pick(summarize(q.times)), first: q.first });
  }
  for (const n of native) {
    const engine = n.threads === 1 ? "duckdb-native-1" : "duckdb-native-all";
    if (n.threads !== 1 && n.threads !== cores) continue;
    for (const [id, q] of Object.entries(n.queries))
      out.push({ rows: n.rows, id, engine, medianMs: q.medianMs, p95Ms: q.p95Ms, runs: q.runs, first: q.result });
  }
  return out;
}

function pick(l: { medianMs: number; p95Ms: number; runs: number }) {
  return { medianMs: l.medianMs, p95Ms: l.p95Ms, runs: l.runs };
}

/** Engines whose first result row disagrees with native DuckDB (counts compared; sums to 1e-6 relative). */
export function disagreements(rows: readonly QueryRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (r.engine === "duckdb-native-1") continue;
    const ref = rows.find((n) => n.engine === "duckdb-native-1" && n.rows === r.rows && n.id === r.id);
    if (!ref) continue;
    const a = r.first as Record<string, unknown> | null;
    const b = ref.first as Record<string, unknown> | null;
    for (const key of Object.keys(b ?? {})) {
      const x = a?.[key];
      const y = b?.[key];
      const same = typeof x === "number" && typeof y === "number" ? Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y)) : x === y;
      if (!same) out.push(`${r.engine} ${r.id} at ${r.rows} rows: ${key} = ${JSON.stringify(x)}, native DuckDB says ${JSON.stringify(y)}`);
    }
  }
  return out;
}

const fmt = (n: number, d = 2) => n.toFixed(d);

/** The brief's targets against this run. */
export function targetsOf(r: Omit<BenchResults, "targets">): TargetRow[] {
  const t: TargetRow[] = [];
  const biggest = Math.max(0, ...r.ingest.map((i) => i.scale));
  const atBiggest = r.ingest.filter((i) => i.scale === biggest);
  const single = atBiggest.find((i) => i.workers === 1);
  const multi = atBiggest.filter((i) => i.workers > 1).sort((a, b) => b.workers - a.workers)[0];
  const perCore = [single, multi].flatMap((i) => (i ? [{ workers: i.workers, v: i.mbPerSec / i.workers }] : []));
  t.push({
    name: `ingest throughput per core (${biggest}×, end to end)`,
    target: "≥ 5 MB/s per core",
    measured: perCore.map((p) => `${fmt(p.v)} MB/s (${p.workers} worker${p.workers > 1 ? "s" : ""})`).join(", ") || "–",
    reached: perCore.length ? perCore.every((p) => p.v >= 5) : null,
  });
  const growth = r.scaling.find((s) => s.workers === 1);
  const marginal = growth && growth.cpuSecondsPerMB > 0 ? 1 / growth.cpuSecondsPerMB : null;
  t.push({
    name: "ingest throughput per core at the margin (CPU time, 1 worker)",
    target: "≥ 5 MB/s per core",
    measured:
      marginal !== null ? `${fmt(marginal)} MB/s per core + ${fmt(growth!.cpuInterceptS)} CPU-s fixed per run` : "– (one size only)",
    reached: marginal !== null ? marginal >= 5 : null,
  });
  t.push({
    name: "ingest time linear in size",
    target: "exponent ≈ 1 (0.9–1.1)",
    measured: growth
      ? `exponent ${fmt(growth.exponent)} (R² ${fmt(growth.r2, 3)})${growth.fittedOnLargeSizes ? "" : "; only one size ≥ 10×, start-up dominates"}`
      : "–",
    reached: growth?.fittedOnLargeSizes ? growth.exponent >= 0.9 && growth.exponent <= 1.1 : null,
  });
  const at1000 = r.ingest.filter((i) => i.scale === 1000);
  const rss = Math.max(0, ...at1000.map((i) => i.maxRssMB));
  t.push({
    name: "ingest peak RSS at 1000×",
    target: "< 1 GB",
    measured: at1000.length ? `${fmt(rss, 0)} MB` : "not run (quick)",
    reached: at1000.length ? rss < 1000 : null,
  });
  const sp = r.speedup.filter((s) => s.scale === biggest).sort((a, b) => b.workers - a.workers)[0];
  t.push({
    name: `ingest speed-up with cores (${biggest}×)`,
    target: "near-linear (≥ 0.8 × workers)",
    measured: sp ? `×${fmt(sp.speedup)} with ${sp.workers} workers` : "–",
    reached: sp ? sp.speedup >= 0.8 * sp.workers : null,
  });
  const overview = r.pages.find((p) => p.path === "/");
  const chart = overview?.firstChartMs ?? null;
  t.push({
    name: "overview: first chart, cold",
    target: "≤ 1 s",
    measured: overview ? (chart === null ? `no chart appeared (${overview.status})` : `${fmt(chart / 1000)} s`) : "–",
    reached: chart === null ? null : chart <= 1000,
  });
  t.push({
    name: "overview: page weight, cold",
    target: "< 1 MB",
    measured: overview?.bytes != null ? `${fmt(overview.bytes / 1e6)} MB` : (overview?.status ?? "–"),
    reached: overview?.bytes != null ? overview.bytes < 1e6 : null,
  });
  const gb = r.queries.find((q) => q.rows === 1_000_000 && q.id === "group_metric" && q.engine === "duckdb-wasm");
  t.push({
    name: "DuckDB-WASM group-by over 1M facts",
    target: "< 150 ms median",
    measured: gb ? `${fmt(gb.medianMs, 0)} ms` : "not run (quick)",
    reached: gb ? gb.medianMs < 150 : null,
  });
  const indicators = r.pages.find((p) => p.path === "/indicators");
  const loads = r.load.filter((l) => l.ok && l.rows === 1_000_000);
  // The site's db component attaches the DuckDB file (src/components/db.ts).
  const current = loads.find((l) => l.path === SITE_LOAD_PATH);
  const best = [...loads].sort((a, b) => a.totalMs! - b.totalMs!)[0];
  t.push({
    name: "first answered query at 1M facts (bench page)",
    target: "≤ 1 s",
    measured: loads.length
      ? `site's path (${SITE_LOAD_PATH}) ${current ? fmt(current.totalMs! / 1000) : "–"} s; best (${best.path}) ${fmt(best.totalMs! / 1000)} s`
      : "not run (quick)",
    reached: best ? best.totalMs! <= 1000 : null,
  });
  t.push({
    name: "indicators page: first DuckDB answer, cold (seed corpus)",
    target: "≤ 1 s (at 1M facts; here: the site's own corpus)",
    measured: indicators ? (indicators.firstQueryMs === null ? indicators.status : `${fmt(indicators.firstQueryMs / 1000)} s`) : "–",
    reached: indicators?.firstQueryMs != null ? indicators.firstQueryMs <= 1000 : null,
  });
  const measured = r.pages.filter((p) => p.status.startsWith("ok"));
  const slowest = [...measured].sort((a, b) => (b.firstViewMs ?? Infinity) - (a.firstViewMs ?? Infinity))[0];
  t.push({
    name: "every page: first view, cold",
    target: "< 1 s",
    measured: slowest
      ? `slowest ${slowest.path}: ${slowest.firstViewMs === null ? "no data shown" : `${fmt(slowest.firstViewMs / 1000)} s`} (${measured.filter((p) => p.firstViewMs !== null && p.firstViewMs < 1000).length} of ${measured.length} pages under 1 s)`
      : "–",
    reached: slowest ? slowest.firstViewMs !== null && slowest.firstViewMs < 1000 : null,
  });
  // Issue 15: a page that answers with DuckDB, opened again after the analyst was elsewhere (the worker kept or restarted).
  const duckWarm = measured.filter((p) => p.warm?.firstQueryMs != null);
  const slowestDuckWarm = [...duckWarm].sort((a, b) => b.warm!.firstQueryMs! - a.warm!.firstQueryMs!)[0];
  t.push({
    name: "warm navigation to a DuckDB page: first DuckDB answer",
    target: "< 1 s",
    measured: slowestDuckWarm
      ? duckWarm.map((p) => `${p.path} ${fmt(p.warm!.firstQueryMs! / 1000)} s`).join(", ")
      : "no page answered with DuckDB",
    reached: slowestDuckWarm ? slowestDuckWarm.warm!.firstQueryMs! < 1000 : null,
  });
  const heaviestWarm = [...measured].sort((a, b) => (b.warm?.bytes ?? 0) - (a.warm?.bytes ?? 0))[0];
  t.push({
    name: "every page: warm revisit transfers",
    target: "< 100 kB",
    measured: heaviestWarm?.warm?.bytes != null ? `heaviest ${heaviestWarm.path}: ${fmt(heaviestWarm.warm.bytes / 1e3)} kB` : "–",
    reached: heaviestWarm?.warm?.bytes != null ? heaviestWarm.warm.bytes < 100e3 : null,
  });
  return t;
}
