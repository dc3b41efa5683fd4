import { describe, expect, it } from "vitest";
import { scalingOf } from "../../bench/summarize.ts";
import type { IngestRun } from "../../bench/types.ts";

// A run costing 1.5 CPU-s fixed plus 0.25 CPU-s per MB (4 MB/s per core at the margin).
const run = (scale: number, textMB: number): IngestRun => ({
  scale,
  workers: 1,
  files: scale,
  textMB,
  wallMs: 1000 + 300 * textMB,
  runMs: 1000 + 300 * textMB,
  cpuMs: 1500 + 250 * textMB,
  maxRssMB: 200,
  mbPerSec: textMB / ((1000 + 300 * textMB) / 1000),
  factsPerSec: 0,
  rows: {},
  parquetBytes: 0,
  outputSha256: "",
  failedFiles: 0,
});

describe("scalingOf", () => {
  it("fits CPU time against size: marginal CPU-s per MB and fixed CPU-s per run", () => {
    const [s] = scalingOf([run(1, 0.05), run(10, 0.5), run(100, 5), run(1000, 50)]);
    expect(s!.cpuSecondsPerMB).toBeCloseTo(0.25, 6);
    expect(s!.cpuInterceptS).toBeCloseTo(1.5, 6);
    expect(s!.secondsPerMB).toBeCloseTo(0.3, 6);
  });
});
