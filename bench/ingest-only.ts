// npx tsx bench/ingest-only.ts [--synthetic 1,10,100,1000] [--real 1,10,30] [--workers 1,2] [--dirs a,b] [--json out.json] [--work dir]
// The ingest part of the bench alone: each corpus ingested by the CLI in a child process (bench/ingest.ts), with
// the whole process's CPU time (user + sys, all threads), peak RSS, wall time, the 1-minute load average before
// and after, and the SHA-256 of every Parquet file written (to prove output identity across changes).
// --dirs ingests existing folders (e.g. seeds, test/fixtures) once each. CPU time is the measure: wall time
// on a shared machine depends on the load.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.ts";
import { fitLinear } from "./fit.ts";
import { runIngest } from "./ingest.ts";
import { writeRealCorpus } from "./ingest-corpora.ts";
import { loadSeeds } from "./seeds.ts";
import type { WrittenCorpus } from "./types.ts";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const { values } = parseArgs({
  options: {
    synthetic: { type: "string" },
    real: { type: "string" },
    workers: { type: "string", default: "1" },
    dirs: { type: "string" },
    json: { type: "string" },
    work: { type: "string" },
  },
});
const list = (s: string | undefined) => (s ? s.split(",").map(Number) : []);
const workers = list(values.workers);

async function fileHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".parquet")).sort())
    out[name] = createHash("sha256")
      .update(await readFile(join(dir, name)))
      .digest("hex")
      .slice(0, 16);
  return out;
}

interface Row {
  corpus: string;
  scale: number;
  workers: number;
  files: number;
  textMB: number;
  cpuS: number;
  /** The main thread's CPU seconds (Linux), the serial part: null elsewhere. */
  mainCpuS: number | null;
  wallS: number;
  rssMB: number;
  loadBefore: number;
  loadAfter: number;
  hashes: Record<string, string>;
}

// A fixed folder: documents.file holds paths relative to the working directory, so the hashes of two runs
// compare only when the corpora sit at the same place.
const work = resolve(values.work ?? join(tmpdir(), "wb-ingest-only"));
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
const rows: Row[] = [];
async function measure(name: string, corpus: WrittenCorpus): Promise<void> {
  for (const w of workers) {
    const out = join(work, `out-${name}-${corpus.scale}-${w}`);
    const loadBefore = loadavg()[0];
    const run = await runIngest(corpus, w, out);
    const row: Row = {
      corpus: name,
      scale: corpus.scale,
      workers: w,
      files: corpus.files,
      textMB: corpus.bytes / 1e6,
      cpuS: run.cpuMs / 1000,
      mainCpuS: run.mainCpuMs === undefined ? null : run.mainCpuMs / 1000,
      wallS: run.wallMs / 1000,
      rssMB: run.maxRssMB,
      loadBefore,
      loadAfter: loadavg()[0],
      hashes: await fileHashes(out),
    };
    rows.push(row);
    await rm(out, { recursive: true, force: true });
    process.stderr.write(
      `${name} ${corpus.scale}× (${row.textMB.toFixed(2)} MB, ${row.files} files) ${w}w: cpu ${row.cpuS.toFixed(2)} s (main thread ${row.mainCpuS?.toFixed(2) ?? "–"} s), wall ${row.wallS.toFixed(2)} s, ` +
        `rss ${row.rssMB.toFixed(0)} MB, load ${row.loadBefore.toFixed(2)}→${row.loadAfter.toFixed(2)}, output ${createHash("sha256").update(JSON.stringify(row.hashes)).digest("hex").slice(0, 12)}\n`,
    );
  }
}

try {
  if (values.synthetic) {
    const model = await loadSeeds(join(HERE, "..", "seeds"));
    for (const scale of list(values.synthetic))
      await measure("synthetic", await writeCorpus(model, { seed: 20240601, scale }, join(work, `synthetic-${scale}`)));
  }
  for (const copies of list(values.real)) await measure("real", await writeRealCorpus(copies, join(work, `real-${copies}`)));
  for (const dir of values.dirs ? values.dirs.split(",") : [])
    await measure(dir, { dir: resolve(dir), scale: 1, files: (await readdir(dir, { recursive: true })).length, bytes: 0 });
  // Marginal cost: CPU seconds against MB, per corpus and worker count (slope⁻¹ = MB/s per core).
  for (const corpus of [...new Set(rows.map((r) => r.corpus))])
    for (const w of workers) {
      const series = rows.filter((r) => r.corpus === corpus && r.workers === w);
      if (new Set(series.map((r) => r.textMB)).size < 2) continue;
      const fit = fitLinear(
        series.map((r) => r.textMB),
        series.map((r) => r.cpuS),
      );
      process.stderr.write(
        `${corpus} ${w}w: marginal ${(1 / fit.slope).toFixed(2)} MB/s per core (${fit.slope.toFixed(3)} CPU-s/MB), fixed ${fit.intercept.toFixed(2)} CPU-s, r² ${fit.r2.toFixed(4)}\n`,
      );
    }
  if (values.json) await writeFile(values.json, `${JSON.stringify(rows, null, 1)}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
