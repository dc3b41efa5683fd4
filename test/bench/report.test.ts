import { describe, expect, it } from "vitest";
import { ingestChart, loadChart } from "../../bench/chart.ts";
import { renderReport, speedupLine } from "../../bench/report.ts";
import { identityOf, scalingOf, targetsOf } from "../../bench/summarize.ts";
import { fixture, run } from "./fixture.ts";

function report(): string {
  const partial = fixture();
  partial.scaling = scalingOf(partial.ingest);
  return renderReport({ ...partial, targets: targetsOf(partial) });
}

describe("renderReport", () => {
  it("every Markdown table row has as many cells as its header", () => {
    const cells = (line: string) => line.split("|").length;
    const lines = report().split("\n");
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith("| ") || !lines[i + 1]?.startsWith("| ---")) continue;
      for (let k = i + 2; lines[k]?.startsWith("|"); k++) expect(cells(lines[k]!), lines[k]).toBe(cells(line));
    }
  });

  it("renderReport starts with the mode and lists the notes as quotes", () => {
    const md = report();
    expect(md.startsWith("# Benchmarks (full)\n")).toBe(true);
    expect(md).toContain("> a note");
  });

  it("renderReport describes the machine: CPU model, cores, memory, Node version", () => {
    expect(report()).toContain("Test CPU, 2 cores, 8.0 GB memory, Node v20.0.0 on linux.");
  });

  it("renderReport writes one ingest table row per run with MB/s per worker and per CPU-second", () => {
    const md = report();
    expect(md).toContain("| 1000× | 2 | 5,000 | 46.00 | 60.00 s | 108.00 s | 650 | 0.77 | 0.38 | 0.43 | 3,750 | 225,000 | 20.00 MB |");
    expect(md).toContain(
      "| size | workers | files | text MB | wall | CPU | peak RSS MB | MB/s | MB/s per worker | MB per CPU-s | facts/s | facts | Parquet |",
    );
  });

  it("renderReport reports growth exponents, speed-up and differing output", () => {
    const md = report();
    expect(md).toMatch(/1 worker\(s\): \*\*CPU [0-9.]+ CPU-s\/MB at the margin .*wall time ∝ size\^0\.87 \(log–log fit over sizes ≥ 10×/);
    expect(md).toContain("- Speed-up with 2 workers at 1000×: ×1.83 (ideal ×2).");
    expect(md).toContain("- Output with 2 workers at 1000× DIFFERS from the 1-worker output.");
  });

  it("renderReport names the fastest load path and shows failures with their error", () => {
    const md = report();
    expect(md).toContain("Fastest to first answer: **duckdb-file** (1.16 s).");
    expect(md).toContain("failed: RuntimeError: unreachable");
  });

  it("renderReport shows WASM / native and WASM / Arquero ratios", () => {
    expect(report()).toContain("| 1M | group_metric | 65 ms / 80 ms | 22 ms / 25 ms | 130 ms / 150 ms | ×3.0 | ×0.50 |");
  });

  it("renderReport lists missing pages as not measured and inlines two SVG charts", () => {
    const md = report();
    expect(md).toContain("| /compare | not measured: page missing | – |");
    expect(md.match(/<svg /g)?.length).toBe(2);
  });

  it("renderReport marks the targets reached or missed", () => {
    const md = report();
    expect(md).toContain("| overview: first chart, cold | ≤ 1 s | 0.64 s | ✅ reached |");
    expect(md).toContain("| DuckDB-WASM group-by over 1M facts | < 150 ms median | 65 ms | ✅ reached |");
    expect(md).toContain("| warm navigation to a DuckDB page: first DuckDB answer | < 1 s | /indicators 0.80 s | ✅ reached |");
    expect(md).toMatch(
      /\| ingest throughput per core \(1000×, end to end\) \| ≥ 5 MB\/s per core \| 0\.42 MB\/s \(1 worker\), 0\.38 MB\/s \(2 workers\) \| ❌ missed \|/,
    );
  });
});

describe("charts", () => {
  it("ingestChart draws one line per worker count and a linear guide", () => {
    const svg = ingestChart(fixture().ingest);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<path /g)?.length).toBe(2);
    expect(svg).toContain("slope 1 (linear)");
    expect(svg).not.toContain("NaN");
  });

  it("loadChart draws a bar per successful path and skips failed ones", () => {
    const svg = loadChart(fixture().load);
    expect(svg).toContain(">parquet-wasm<");
    expect(svg).toContain(">duckdb-file<");
    expect(svg).not.toContain(">duckdb-parquet<");
    expect(svg).not.toContain("NaN");
  });

  it("charts reject empty input", () => {
    expect(() => ingestChart([])).toThrow(TypeError);
    expect(() => loadChart([])).toThrow(TypeError);
  });
});

describe("identityOf", () => {
  it("identityOf compares each multi-worker run with the 1-worker run of its size", () => {
    expect(identityOf(fixture().ingest)).toEqual([{ scale: 1000, workers: 2, identical: false }]);
  });
});

describe("renderReport: real reports", () => {
  it("renderReport lists the real-report runs with their load averages and the marginal CPU cost per MB", () => {
    const partial = fixture();
    partial.scaling = scalingOf(partial.ingest);
    const real = [1, 10, 30].map((copies) => ({
      ...run(copies, 1, 1000 * copies),
      corpus: "real" as const,
      loadBefore: 1.5,
      loadAfter: 2.25,
    }));
    partial.ingestReal = real;
    partial.scalingReal = scalingOf(real);
    const md = renderReport({ ...partial, targets: targetsOf(partial) });
    expect(md).toContain("### Real reports");
    expect(md).toMatch(/\| 30× \| 1 \|.*\| 1\.50→2\.25 \|/);
    expect(md.split("### Real reports")[1]).toMatch(/1 worker\(s\): \*\*CPU [0-9.]+ CPU-s\/MB at the margin/);
  });

  it("speedupLine gives the load averages and the CPU (whole process and main thread) of both runs beside the speed-up", () => {
    expect(
      speedupLine({
        scale: 1000,
        workers: 2,
        speedup: 1.3,
        load: { single: [0.73, 1.01], multi: [1.01, 1.4] },
        cpuS: { single: 36.77, multi: 40.15, singleMain: 8.36, multiMain: 7.86 },
      }),
    ).toBe(
      "Speed-up with 2 workers at 1000×: ×1.30 (ideal ×2); load average 0.73→1.01 (1 worker), 1.01→1.40 (2 workers); " +
        "CPU 36.77 s, main thread 8.36 s (1 worker), 40.15 s, main thread 7.86 s (2 workers).",
    );
  });
});
