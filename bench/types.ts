// Internal types of the benchmark.
import type { PageResult } from "./browser/pages.ts";

/** One line of a seed report as the generator reuses it. */
export type TemplateLine =
  /** A title, heading, byline, caption or boilerplate line, reused with names and numbers rewritten. */
  | { kind: "line"; text: string }
  /** A paragraph, refilled with this many sentences drawn from the pool. */
  | { kind: "paragraph"; sentences: number };

/** What the generator learns from the seeds. */
export interface SeedModel {
  /** One line skeleton per seed report, in file order. */
  templates: TemplateLine[][];
  /** Every paragraph sentence of every seed, in order. */
  sentences: string[];
  /** Total UTF-8 bytes of the seed files. */
  bytes: number;
}

/** Options of the corpus generator. */
export interface CorpusOptions {
  /** PRNG seed; the same seed gives the same bytes. */
  seed: number;
  /** Size as a multiple of the seeds' bytes (1, 10, 100, 1000 …). */
  scale: number;
}

/** One generated report. */
export interface GeneratedFile {
  /** Path relative to the corpus directory, with forward slashes. */
  name: string;
  text: string;
}

/** A corpus written to disk. */
export interface WrittenCorpus {
  dir: string;
  scale: number;
  files: number;
  bytes: number;
}

/** One measured ingest run. */
export interface IngestRun {
  /** Which corpus: the synthetic one (default) or copies of the real reports. */
  corpus?: "synthetic" | "real";
  /** Synthetic: multiple of the seeds' size; real: number of copies of the real reports. */
  scale: number;
  workers: number;
  files: number;
  /** Corpus size in MB (10^6 bytes of UTF-8 text). */
  textMB: number;
  /** Wall time of the child process, start-up included. */
  wallMs: number;
  /** Wall time inside the child from before importing the CLI to exit. */
  runMs: number;
  /** User + system CPU time of the child (all threads). */
  cpuMs: number;
  /** User + system CPU time of the child's main thread alone (Linux; else absent): the serial part workers wait on. */
  mainCpuMs?: number;
  /** Peak resident set size of the child in MB. */
  maxRssMB: number;
  mbPerSec: number;
  factsPerSec: number;
  /** Rows per output table. */
  rows: Record<string, number>;
  parquetBytes: number;
  /** Hash over every output file, to check that worker counts give identical output. */
  outputSha256: string;
  /** Rows in errors.parquet (files that failed). */
  failedFiles: number;
  /** 1-minute load average just before and just after the run (the machine is shared). */
  loadBefore?: number;
  loadAfter?: number;
}

/** The machine a run was taken on. */
export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  /** 1-minute load average at the start and the end of the run. */
  loadStart: number;
  loadEnd: number;
}

/** Latency of one query in one engine at one size. */
export interface QueryRow {
  rows: number;
  id: string;
  engine: "duckdb-wasm" | "duckdb-native-1" | "duckdb-native-all" | "arquero";
  medianMs: number;
  p95Ms: number;
  runs: number;
  /** First result row, to check that the engines agree. */
  first: unknown;
}

/** One load path's median over repeated cold loads. */
export interface LoadRow {
  path: string;
  rows: number;
  ok: boolean;
  error?: string;
  repeats: number;
  startMs?: number;
  fetchMs?: number;
  decodeMs?: number;
  insertMs?: number;
  firstQueryMs?: number;
  totalMs?: number;
  fileBytes?: number;
  transferredBytes?: number;
  groupByMs?: number;
}

/** A target from the brief and whether this run reached it (null: not measured). */
export interface TargetRow {
  name: string;
  target: string;
  measured: string;
  reached: boolean | null;
}

/** Everything `npm run bench` writes to bench/results.json. */
/** One format fixture read and processed in-process (median of repeated runs). */
export interface FormatRun {
  file: string;
  format: string;
  bytes: number;
  /** Code points of the extracted text. */
  chars: number;
  /** readSource: decoding and format extraction only. */
  readMs: number;
  /** processFile: reading, normalizing, structure and extraction. */
  totalMs: number;
  mbPerSec: number;
}

export interface BenchResults {
  mode: "quick" | "full";
  startedAt: string;
  durationS: number;
  machine: Machine;
  notes: string[];
  corpus: WrittenCorpus[];
  ingest: IngestRun[];
  /** Ingest of real reports (bench/holdout/*, copied N times; see ingest-corpora.ts) and its fits. */
  ingestReal?: IngestRun[];
  scalingReal?: BenchResults["scaling"];
  /** Per-format ingest speed (absent in results written before formats were measured). */
  formats?: FormatRun[];
  /** Whether the multi-worker output equals the single-worker output, per scale. */
  identical: { scale: number; workers: number; identical: boolean }[];
  scaling: {
    workers: number;
    fittedOnLargeSizes: boolean;
    exponent: number;
    r2: number;
    secondsPerMB: number;
    interceptS: number;
    /** CPU seconds (every thread) per MB at the margin, and fixed CPU seconds per run (start-up, warm-up). */
    cpuSecondsPerMB: number;
    cpuInterceptS: number;
    ratios: { scale: number; sizeRatio: number; timeRatio: number }[];
  }[];
  speedup: {
    scale: number;
    workers: number;
    speedup: number;
    /** 1-minute load average before and after the 1-worker run and the multi-worker run. */
    load?: { single: [number, number]; multi: [number, number] };
    /** Whole-process CPU seconds of both runs, and the main thread's (the serial part), when measured. */
    cpuS?: { single: number; multi: number; singleMain?: number; multiMain?: number };
  }[];
  load: LoadRow[];
  queries: QueryRow[];
  pages: PageResult[];
  targets: TargetRow[];
}
