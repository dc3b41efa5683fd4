// WB_INGEST_TRACE=1: one stderr line per ingest phase with wall time, the main thread's own CPU time
// and the whole process's. On a shared 2-core machine wall time depends on the load; the main
// thread's CPU is the serial part the workers wait on (the critical path), which is what scaling
// with cores is limited by.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const ENABLED = process.env.WB_INGEST_TRACE === "1";
/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on every Linux port that matters). */
const TICKS = 100;

/**
 * The main thread's CPU milliseconds (Linux: its own task's time on a CPU, from schedstat in nanoseconds,
 * else utime + stime in clock ticks), else the process's.
 */
function mainThreadCpuMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    // No schedstat (a kernel without CONFIG_SCHED_INFO): the clock-tick counters.
  }
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}

function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A phase clock: `mark(name)` ends the phase that began at the previous mark (or at creation). */
export interface Trace {
  mark(phase: string): void;
  /** Adds the main thread's CPU time (and wall time) around a callback to a phase summed over many calls. */
  time<T>(phase: string, run: () => T): T;
  /** Prints the summed phases. */
  end(): void;
}

const NONE: Trace = { mark() {}, time: (_phase, run) => run(), end() {} };

/** A trace printing to stderr when WB_INGEST_TRACE=1, else one that does nothing. */
export function trace(label: string): Trace {
  if (!ENABLED) return NONE;
  const start = { wall: performance.now(), main: mainThreadCpuMs(), all: processCpuMs() };
  let last = start;
  const sums = new Map<string, { wall: number; main: number }>();
  const line = (phase: string, wall: number, main: number, all: number) =>
    process.stderr.write(
      `[trace ${label}] ${phase.padEnd(28)} wall ${wall.toFixed(0).padStart(6)} ms  main ${main.toFixed(0).padStart(6)} ms  all ${all.toFixed(0).padStart(6)} ms\n`,
    );
  return {
    mark(phase) {
      const now = { wall: performance.now(), main: mainThreadCpuMs(), all: processCpuMs() };
      line(phase, now.wall - last.wall, now.main - last.main, now.all - last.all);
      last = now;
    },
    time(phase, run) {
      const t0 = performance.now();
      const c0 = mainThreadCpuMs();
      try {
        return run();
      } finally {
        const sum = sums.get(phase) ?? { wall: 0, main: 0 };
        sum.wall += performance.now() - t0;
        sum.main += mainThreadCpuMs() - c0;
        sums.set(phase, sum);
      }
    },
    end() {
      for (const [phase, { wall, main }] of sums)
        process.stderr.write(
          `[trace ${label}]   within: ${phase.padEnd(20)} wall ${wall.toFixed(0).padStart(6)} ms  main ${main.toFixed(0).padStart(6)} ms\n`,
        );
      const now = { wall: performance.now(), main: mainThreadCpuMs(), all: processCpuMs() };
      line("total", now.wall - start.wall, now.main - start.main, now.all - start.all);
    },
  };
}
