// REPORT.md from the results: targets, machine, ingest, load paths, queries, pages, charts.
import { ingestChart, loadChart } from "./chart.ts";
import { formatBytes, formatMs, formatNumber, formatReached, formatRows, table } from "./format.ts";
import type { BenchResults, IngestRun, QueryRow } from "./types.ts";

const ENGINE_LABEL: Record<QueryRow["engine"], string> = {
  "duckdb-wasm": "DuckDB-WASM",
  "duckdb-native-1": "DuckDB native (1 thread)",
  "duckdb-native-all": "DuckDB native (all threads)",
  arquero: "Arquero (browser)",
};

function machineSection(r: BenchResults): string {
  const m = r.machine;
  return [
    "## Machine",
    "",
    `${m.cpuModel}, ${m.cores} cores, ${m.memoryGB.toFixed(1)} GB memory, Node ${m.node} on ${m.platform}.`,
    `Load average (1 min) ${m.loadStart.toFixed(2)} at the start and ${m.loadEnd.toFixed(2)} at the end of the run.`,
  ].join("\n");
}

function ingestTable(runs: readonly IngestRun[]): string {
  const rows = runs.map((i) => [
    `${i.scale}×`,
    String(i.workers),
    formatNumber(i.files),
    formatNumber(i.textMB, 2),
    formatMs(i.wallMs),
    formatMs(i.cpuMs),
    formatNumber(i.maxRssMB, 0),
    formatNumber(i.mbPerSec, 2),
    formatNumber(i.mbPerSec / i.workers, 2),
    formatNumber(i.textMB / (i.cpuMs / 1000), 2),
    formatNumber(i.factsPerSec, 0),
    formatNumber(i.rows.facts ?? 0),
    formatBytes(i.parquetBytes),
    i.loadBefore === undefined ? "–" : `${formatNumber(i.loadBefore, 2)}→${formatNumber(i.loadAfter ?? i.loadBefore, 2)}`,
  ]);
  const header = [
    "size",
    "workers",
    "files",
    "text MB",
    "wall",
    "CPU",
    "peak RSS MB",
    "MB/s",
    "MB/s per worker",
    "MB per CPU-s",
    "facts/s",
    "facts",
    "Parquet",
    "load avg",
  ];
  return table(header, rows, ["l", ...header.slice(1).map(() => "r" as const)]);
}

function scalingLines(scaling: BenchResults["scaling"]): string[] {
  return scaling.map((s) => {
    const ratios = s.ratios
      .map((q) => `${q.scale}×: size ×${formatNumber(q.sizeRatio, 1)} → time ×${formatNumber(q.timeRatio, 2)}`)
      .join("; ");
    return (
      `- ${s.workers} worker(s): **CPU ${s.cpuSecondsPerMB.toFixed(3)} CPU-s/MB at the margin (${s.cpuSecondsPerMB > 0 ? (1 / s.cpuSecondsPerMB).toFixed(2) : "–"} MB/s per core) + ${s.cpuInterceptS.toFixed(2)} CPU-s fixed per run**; ` +
      `wall time ∝ size^${s.exponent.toFixed(2)} (log–log fit over ${s.fittedOnLargeSizes ? "sizes ≥ 10×" : "all sizes, start-up included"}, R² ${s.r2.toFixed(3)}), ` +
      `linear fit ${s.secondsPerMB.toFixed(3)} s/MB + ${s.interceptS.toFixed(2)} s fixed. Step ratios: ${ratios || "–"}.`
    );
  });
}

/** A speed-up with the load beside it (a shared machine's wall times say little without it) and where the CPU went. */
export function speedupLine(s: BenchResults["speedup"][number]): string {
  const parts = [`Speed-up with ${s.workers} workers at ${s.scale}×: ×${s.speedup.toFixed(2)} (ideal ×${s.workers})`];
  const load = ([a, b]: [number, number]) => `${a.toFixed(2)}→${b.toFixed(2)}`;
  if (s.load) parts.push(`load average ${load(s.load.single)} (1 worker), ${load(s.load.multi)} (${s.workers} workers)`);
  if (s.cpuS) {
    const main = (m: number | undefined) => (m === undefined ? "" : `, main thread ${m.toFixed(2)} s`);
    parts.push(
      `CPU ${s.cpuS.single.toFixed(2)} s${main(s.cpuS.singleMain)} (1 worker), ${s.cpuS.multi.toFixed(2)} s${main(s.cpuS.multiMain)} (${s.workers} workers)`,
    );
  }
  return `${parts.join("; ")}.`;
}

function ingestSection(r: BenchResults): string {
  if (r.ingest.length === 0) return "## Ingest\n\nnot measured";
  const out = [
    "## Ingest",
    "",
    "CPU time (user + sys of the whole process, every thread) is the measure; wall time depends on the load of the shared machine, given beside each run.",
    "",
    "### Synthetic corpus (seed sentences recombined)",
    "",
    ingestTable(r.ingest),
    "",
    ...scalingLines(r.scaling),
  ];
  for (const s of r.speedup) out.push(`- ${speedupLine(s)}`);
  for (const i of r.identical)
    out.push(
      `- Output with ${i.workers} workers at ${i.scale}× ${i.identical ? "is byte-identical to" : "DIFFERS from"} the 1-worker output.`,
    );
  if (r.ingestReal && r.ingestReal.length > 0) {
    out.push(
      "",
      "### Real reports (bench/holdout/*: work reports, statistical bulletins, zone news; N copies)",
      "",
      ingestTable(r.ingestReal),
      "",
      ...scalingLines(r.scalingReal ?? []),
    );
  }
  return out.join("\n");
}

function loadSection(r: BenchResults): string {
  if (r.load.length === 0) return "## Browser load paths\n\nnot measured";
  const rows = r.load.map((l) =>
    l.ok
      ? [
          l.path,
          formatRows(l.rows),
          formatBytes(l.fileBytes),
          formatBytes(l.transferredBytes),
          formatMs(l.startMs),
          formatMs(l.fetchMs),
          formatMs(l.decodeMs),
          formatMs(l.insertMs),
          formatMs(l.firstQueryMs),
          formatMs(l.totalMs),
          formatMs(l.groupByMs),
        ]
      : [l.path, formatRows(l.rows), "–", "–", "–", "–", "–", "–", "–", `failed: ${l.error ?? "?"}`, "–"],
  );
  const header = [
    "path",
    "facts",
    "file",
    "transferred",
    "DuckDB start",
    "download",
    "decode",
    "insert/attach",
    "first query",
    "total to first answer",
    "group-by after",
  ];
  const ok = r.load.filter((l) => l.ok && l.totalMs !== undefined).sort((a, b) => a.totalMs! - b.totalMs!);
  const best = ok[0] ? `Fastest to first answer: **${ok[0].path}** (${formatMs(ok[0].totalMs)}).` : "No path succeeded.";
  const repeats = r.load[0]?.repeats ?? 0;
  return [
    "## Browser load paths",
    "",
    `Median of ${repeats} cold load(s) each. DuckDB start (worker, wasm compile, open) runs concurrently with the download; ` +
      "total is from the call to the first answered group-by query. File is the size on disk. Transferred is the bytes on the wire for every response " +
      "of the load (file + libraries not yet cached, headers included), as Chrome reports them (`encodedDataLength`): the static server gzips " +
      ".js, .wasm, .arrow and .duckdb responses, so those count compressed; Parquet, already zstd-compressed, is sent as is.",
    "",
    table(header, rows, ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"]),
    "",
    best,
  ].join("\n");
}

function querySection(r: BenchResults): string {
  if (r.queries.length === 0) return "## Queries\n\nnot measured";
  const sizes = [...new Set(r.queries.map((q) => q.rows))].sort((a, b) => a - b);
  const ids = [...new Set(r.queries.map((q) => q.id))];
  const engines = [...new Set(r.queries.map((q) => q.engine))];
  const find = (rows: number, id: string, engine: string) => r.queries.find((q) => q.rows === rows && q.id === id && q.engine === engine);
  const rows: string[][] = [];
  for (const rowsN of sizes) {
    for (const id of ids) {
      const wasm = find(rowsN, id, "duckdb-wasm");
      const cells = engines.map((e) => {
        const q = find(rowsN, id, e);
        return q ? `${formatMs(q.medianMs)} / ${formatMs(q.p95Ms)}` : "–";
      });
      const native = find(rowsN, id, "duckdb-native-1");
      const arquero = find(rowsN, id, "arquero");
      rows.push([
        formatRows(rowsN),
        id,
        ...cells,
        wasm && native ? `×${(wasm.medianMs / native.medianMs).toFixed(1)}` : "–",
        wasm && arquero ? `×${(wasm.medianMs / arquero.medianMs).toFixed(2)}` : "–",
      ]);
    }
  }
  const header = ["facts", "query", ...engines.map((e) => `${ENGINE_LABEL[e]} median / p95`), "WASM / native (1 thread)", "WASM / Arquero"];
  return [
    "## Queries",
    "",
    "Median / p95 latency after one warm-up run. Tables: facts (N rows), documents (metadata), every sentence and mention of the documents those facts come from, entities.",
    "",
    table(header, rows, ["l", "l", ...engines.map(() => "r" as const), "r", "r"]),
  ].join("\n");
}

function pagesSection(r: BenchResults): string {
  if (r.pages.length === 0) return "## Site pages (cold and warm)\n\nnot measured";
  const rows = r.pages.map((p) => [
    p.path,
    p.status,
    formatMs(p.firstViewMs),
    formatMs(p.firstChartMs),
    formatMs(p.firstQueryMs),
    formatMs(p.loadMs),
    formatBytes(p.bytes),
    p.requests === null ? "–" : String(p.requests),
    p.consoleErrors === null ? "–" : String(p.consoleErrors),
    formatMs(p.warm?.firstViewMs ?? null),
    formatMs(p.warm?.firstQueryMs ?? null),
    formatBytes(p.warm?.bytes ?? null),
  ]);
  return [
    "## Site pages (cold and warm)",
    "",
    "Built site with the seed corpus, a new on-disk browser profile per page (as an analyst's browser has; an incognito-like context keeps its HTTP cache in memory and refuses entries over ~6 MB), times from navigation start. First view: the first data the page shows (a chart, a table row, a KPI card, the report text). Transferred bytes are counted on the server's sockets, so they include everything the page causes: its own requests, its module and DuckDB workers' (the wasm), and the database file. Warm: the same page opened again in the same profile (HTTP cache and code cache as the server's headers allow).",
    "",
    table(
      [
        "page",
        "status",
        "first view",
        "first chart",
        "first DuckDB answer",
        "load event",
        "transferred",
        "requests (page only)",
        "console errors",
        "warm: first view",
        "warm: first DuckDB answer",
        "warm: transferred",
      ],
      rows,
      ["l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
    ),
  ].join("\n");
}

function formatsSection(r: BenchResults): string {
  if (!r.formats || r.formats.length === 0) return "## Ingest by file format\n\nnot measured";
  const header = ["file", "format", "size", "text (chars)", "read (ms)", "total (ms)", "MB/s"];
  const rows = r.formats.map((f) => [
    f.file,
    f.format,
    formatBytes(f.bytes),
    formatNumber(f.chars),
    formatNumber(f.readMs, 1),
    formatNumber(f.totalMs, 1),
    formatNumber(f.mbPerSec, 2),
  ]);
  return [
    "## Ingest by file format",
    "",
    "One real report per format (test/fixtures/formats), read and processed in one thread; median per file. `read` is decoding and",
    "format extraction (pdf.js for PDF, unzip and XML for Word, HTML parsing and Readability for web pages), `total` the whole pipeline.",
    "",
    table(header, rows, ["l", "l", "r", "r", "r", "r", "r"]),
  ].join("\n");
}

/** The whole report as Markdown with inline SVG charts. */
export function renderReport(r: BenchResults): string {
  const targets = table(
    ["target", "goal", "measured", ""],
    r.targets.map((t) => [t.name, t.target, t.measured, formatReached(t.reached)]),
  );
  const charts: string[] = [];
  if (r.ingest.length > 0) charts.push("### Ingest time against corpus size", "", ingestChart(r.ingest), "");
  if (r.load.some((l) => l.ok)) charts.push("### Time to first answered query by load path", "", loadChart(r.load), "");
  return [
    `# Benchmarks (${r.mode})`,
    "",
    `Run started ${r.startedAt}, took ${formatNumber(r.durationS, 0)} s. Regenerate with \`npm run bench\` (or \`npm run bench -- --quick\`).`,
    "",
    ...r.notes.map((n) => `> ${n}`),
    "",
    "## Targets",
    "",
    targets,
    "",
    machineSection(r),
    "",
    ingestSection(r),
    "",
    formatsSection(r),
    "",
    loadSection(r),
    "",
    querySection(r),
    "",
    pagesSection(r),
    "",
    "## Charts",
    "",
    ...charts,
  ].join("\n");
}
