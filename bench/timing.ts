// Repeated timing of one operation: a warm-up run, then `runs` timed runs.
import { median, quantile } from "./fit.ts";

/** Latency summary of repeated runs, in milliseconds. */
export interface Latency {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
}

/** Summarizes run times (ms). */
export function summarize(times: readonly number[]): Latency {
  return { runs: times.length, medianMs: median(times), p95Ms: quantile(times, 0.95), minMs: Math.min(...times) };
}

/** Runs `op` once untimed, then `runs` times timed with `now` (performance.now by default). */
export async function timeRuns(op: () => Promise<unknown>, runs: number, now: () => number = () => performance.now()): Promise<Latency> {
  if (!Number.isInteger(runs) || runs < 1) throw new TypeError(`timeRuns: runs must be a positive integer, got ${runs}`);
  await op();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await op();
    times.push(now() - t);
  }
  return summarize(times);
}
