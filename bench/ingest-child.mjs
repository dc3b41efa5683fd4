// Runs the ingest CLI exactly as `npm run ingest` does (data/cli/ingest.mjs, from its cached bundle)
// inside this process and, on exit, writes this process's resource usage as JSON to
// $BENCH_USAGE_FILE. Worker threads share the process, so CPU time and peak RSS cover every worker.
// Usage: node bench/ingest-child.mjs <ingest CLI arguments…>
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const usageFile = process.env.BENCH_USAGE_FILE;
if (!usageFile) throw new TypeError("bench/ingest-child.mjs: set BENCH_USAGE_FILE to the path the usage JSON is written to");
const started = performance.now();

// The main thread's own CPU time (Linux: its task's utime + stime, in clock ticks of 10 ms), or null: the serial
// part the workers wait on, apart from the workers' CPU that the process total includes.
function mainThreadUs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}
process.on("exit", (code) => {
  const usage = process.resourceUsage();
  const report = {
    code,
    runMs: performance.now() - started,
    userUs: usage.userCPUTime,
    systemUs: usage.systemCPUTime,
    maxRssKiB: usage.maxRSS,
    mainThreadUs: mainThreadUs(),
  };
  writeFileSync(usageFile, JSON.stringify(report));
});
// The CLI reads process.argv.slice(2): our own arguments are exactly its arguments.
await import("../data/cli/ingest.mjs");
