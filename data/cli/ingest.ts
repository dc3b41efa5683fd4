// npm run ingest -- <file or dir>... --out <dir> [--workers N] [--time-limit S] [--memory-limit MB]
// Exit 0: every file ingested; 1: some files failed (the rest are written); 2: usage error.
import { parseArgs } from "node:util";
// From the modules themselves, not ingest/index.ts: this thread never runs the extractors (workers do), so their
// modules stay out of its start-up (see processFiles).
import { DEFAULT_LIMITS } from "../ingest/pool.ts";
import { ingestToParquet } from "../ingest/stream.ts";
import type { Progress } from "../ingest/types.ts";
import { listInputs } from "../ingest/walk.ts";
import { formatOf, isSkipped, SKIPPED, SUPPORTED } from "../read/formats.ts";
import { printable } from "./printable.ts";

const USAGE = `usage: npm run ingest -- <file or dir>... --out <dir> [--workers N] [--time-limit S] [--memory-limit MB]

Reads reports (.txt, .md, .docx, .html, .pdf; directories recursively) and writes documents, sentences,
facts, entities, mentions, events and errors as Parquet files into <dir>.
A file that takes longer than --time-limit seconds (default ${DEFAULT_LIMITS.timeMs / 1000}, plus ${DEFAULT_LIMITS.timeMsPerMb / 1000} per MB of the file) or more than
--memory-limit MB of heap (default ${DEFAULT_LIMITS.memoryMb}) becomes an error row; the others are written.`;

function usageError(message: string): never {
  process.stderr.write(`ingest: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const OPTIONS = {
  out: { type: "string" },
  workers: { type: "string" },
  "time-limit": { type: "string" },
  "memory-limit": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0)) usageError(`--${name} must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}

function parseOrExit(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (err) {
    return usageError(err instanceof Error ? err.message : String(err));
  }
}

function parse(argv: string[]): {
  inputs: string[];
  out: string;
  workers: number;
  limits: { timeMs: number; timeMsPerMb: number; memoryMb: number };
} {
  const { values, positionals } = parseOrExit(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (positionals.length === 0) usageError("no input files or directories given");
  if (!values.out) usageError("--out <dir> is required");
  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) usageError(`--workers must be a positive integer, got ${JSON.stringify(values.workers)}`);
  const limits = {
    timeMs: positive("time-limit", values["time-limit"], DEFAULT_LIMITS.timeMs / 1000) * 1000,
    timeMsPerMb: DEFAULT_LIMITS.timeMsPerMb,
    memoryMb: positive("memory-limit", values["memory-limit"], DEFAULT_LIMITS.memoryMb),
  };
  return { inputs: positionals, out: values.out, workers, limits };
}

function progressPrinter(): ((p: Progress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = Date.now();
  return ({ done, total, file }) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? (done / seconds).toFixed(1) : "–";
    process.stderr.write(`\r\x1b[K[${done}/${total}] ${rate} files/s  ${printable(file)}`);
    if (done === total) process.stderr.write("\n");
  };
}

const { inputs, out, workers, limits } = parse(process.argv.slice(2));
const { files, skipped: unreadable } = await listInputs(inputs);
if (!files.some((f) => formatOf(f) !== null) && unreadable.length === 0)
  usageError(`no report files (${SUPPORTED}) in ${printable(inputs.join(", "))}`);
const started = Date.now();
// Per-document tables are written while the files are processed; entities, events and derived tables after.
const result = await ingestToParquet(files, out, { workers, limits, skipped: unreadable, onProgress: progressPrinter() });
// Files of other formats are listed as skipped (never silently) but do not fail the run.
const skipped = result.errors.filter((e) => isSkipped(e.message));
const failed = result.errors.filter((e) => !isSkipped(e.message));
for (const e of skipped) process.stderr.write(`skipped: ${printable(e.file)} (${printable(e.message.slice(SKIPPED.length))})\n`);
for (const e of failed) process.stderr.write(`error: ${printable(e.file)} [${e.stage}] ${printable(e.message)}\n`);
const seconds = ((Date.now() - started) / 1000).toFixed(2);
const { rows } = result;
process.stdout.write(
  `ingested ${rows.documents} documents, ${rows.sentences} sentences, ${rows.facts} facts, ` +
    `${rows.entities} entities, ${rows.mentions} mentions, ${rows.events} events, ` +
    `${failed.length} errors, ${skipped.length} skipped in ${seconds}s → ${printable(out)}\n`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
