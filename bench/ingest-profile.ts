// npx tsx bench/ingest-profile.ts <file or dir>... [--repeat N] [--stages] [--top N] [--cpuprofile out.cpuprofile]
// processFile over every report in this thread (no workers, no Parquet), so that a CPU profile shows
// where per-document processing spends its time; prints the CPU time per MB. With --stages, a sampling
// profile taken in-process is split by stage (read, normalize, structure, facts, attribution, …): each
// sample goes to the innermost pipeline folder on its stack (data/engine and packages count for their caller),
// GC and V8's own work to their own lines, and the CPU time is shared out in proportion to the samples.
// With --top N, the N functions with the most self time (CPU-ms per MB). The first pass over the files warms the
// JIT and is not counted.
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { listInputFiles, processFile } from "../data/ingest/index.ts";
import { formatOf } from "../data/read/index.ts";

const { values, positionals } = parseArgs({
  options: {
    repeat: { type: "string", default: "1" },
    stages: { type: "boolean", default: false },
    top: { type: "string" },
    cpuprofile: { type: "string" },
  },
  allowPositionals: true,
});
const files = (await listInputFiles(positionals)).filter((f) => formatOf(f) !== null);
const inputs = files.map((f) => ({ file: relative(process.cwd(), f), bytes: readFileSync(f) }));
const mb = inputs.reduce((n, i) => n + i.bytes.length, 0) / 1e6;
const repeat = Number(values.repeat);
const profiling = values.stages || values.top !== undefined || values.cpuprofile !== undefined;

/** Pipeline folders, innermost first wins: a sample's stage is the first of these met walking up from its leaf. */
const STAGES: [RegExp, string][] = [
  [/\/data\/read\//, "read/decode"],
  [/\/data\/normalize\//, "normalize"],
  [/\/data\/structure\//, "structure/sentences"],
  [/\/data\/meta\//, "meta"],
  [/\/data\/extract\/attribution\//, "attribution"],
  [/\/data\/extract\/table\//, "facts: tables"],
  [/\/data\/extract\//, "facts"],
  [/\/data\/regions\//, "regions"],
  [/\/data\/indicators\//, "indicators/resolve"],
  [/\/data\/gazetteer\//, "entities: gazetteer"],
  [/\/data\/entities\//, "entities"],
  [/\/data\/events\//, "events"],
  [/\/data\/ingest\//, "ingest (rows, ids, provenance)"],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

function stageSamples(profile: Profile): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const stageOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOf.get(id);
    if (known) return known;
    const { functionName, url } = byId.get(id)!.callFrame;
    let stage: string | undefined;
    if (functionName === "(garbage collector)") stage = "GC";
    else if (functionName === "(program)") stage = "V8 (program)";
    else if (functionName === "(idle)") stage = "idle";
    else stage = STAGES.find(([re]) => re.test(url))?.[1];
    if (!stage) {
      const up = parent.get(id);
      stage = up === undefined ? "other" : resolve(up);
    }
    stageOf.set(id, stage);
    return stage;
  };
  const counts = new Map<string, number>();
  for (const s of profile.samples) {
    const stage = resolve(s);
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return counts;
}

/** Self samples per function (name, file and line), most first. */
function selfSamples(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<string, number>();
  for (const s of profile.samples) {
    const { functionName, url, lineNumber } = byId.get(s)!.callFrame;
    const where = url ? ` ${relative(process.cwd(), url.replace(/^file:\/\//, ""))}:${lineNumber + 1}` : "";
    const key = `${functionName || "(anonymous)"}${where}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

const run = async (times: number) => {
  for (let r = 0; r < times; r++) for (const { file, bytes } of inputs) await processFile(file, bytes);
};
if (profiling) await run(1);
const session = profiling ? new Session() : null;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 250 });
  await session.post("Profiler.start");
}
const before = process.cpuUsage();
await run(repeat);
const used = process.cpuUsage(before);
const seconds = (used.user + used.system) / 1e6;
process.stdout.write(
  `${inputs.length} files, ${mb.toFixed(2)} MB × ${repeat}: ${seconds.toFixed(2)} CPU-s, ${((mb * repeat) / seconds).toFixed(2)} MB/s, ${(seconds / (mb * repeat)).toFixed(3)} CPU-s/MB\n`,
);
if (session) {
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
  session.disconnect();
  if (values.cpuprofile) writeFileSync(values.cpuprofile, JSON.stringify(profile));
  const idle = profile.samples.filter((s) => profile.nodes.find((n) => n.id === s)?.callFrame.functionName === "(idle)").length;
  const msPerSample = (1000 * seconds) / (profile.samples.length - idle) / (mb * repeat);
  if (values.top)
    for (const [fn, c] of selfSamples(profile).slice(0, Number(values.top)))
      if (!fn.startsWith("(idle)")) process.stdout.write(`${(c * msPerSample).toFixed(1).padStart(7)} CPU-ms/MB  ${fn}\n`);
  if (values.stages) {
    const counts = stageSamples(profile);
    const total = [...counts].reduce((n, [stage, c]) => (stage === "idle" ? n : n + c), 0);
    for (const [stage, c] of [...counts].sort((a, b) => b[1] - a[1])) {
      if (stage === "idle") continue;
      const cpuPerMB = (seconds * (c / total)) / (mb * repeat);
      process.stdout.write(`${stage.padEnd(32)} ${((100 * c) / total).toFixed(1).padStart(5)} %  ${cpuPerMB.toFixed(3)} CPU-s/MB\n`);
    }
  }
}
