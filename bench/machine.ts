// Description of the machine a run is taken on.
import { arch, availableParallelism, cpus, loadavg, platform, release, totalmem } from "node:os";
import type { Machine } from "./types.ts";

/** CPU, cores, memory, Node version; `loadEnd` is filled in at the end of the run. */
export function describeMachine(): Machine {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    memoryGB: totalmem() / 2 ** 30,
    node: process.version,
    platform: `${platform()} ${release()} ${arch()}`,
    loadStart: loadavg()[0],
    loadEnd: loadavg()[0],
  };
}

/** Current 1-minute load average. */
export function currentLoad(): number {
  return loadavg()[0];
}
