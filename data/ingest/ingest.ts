import { readFileSync } from "node:fs";
import { markCorpusDuplicates } from "../events/corpusDuplicates.ts";
import { deriveIndicatorTables } from "../indicators/derive.ts";
import { formatOf, skipReason } from "../read/formats.ts";
import type { ErrorRow, SentenceRow } from "../types.ts";
import { compareCodeUnits, relativeName } from "./files.ts";
import { sha256Hex } from "./ids.ts";
import { linkCorpus } from "./link.ts";
import { ProcessPool } from "./pool.ts";
import { sortRows } from "./sort.ts";
import { type Trace, trace } from "./trace.ts";
import type { IngestOptions, IngestResult, ProcessedDocument, ProcessResult } from "./types.ts";

/**
 * Ingests files into table rows. Each file is processed on its own (in worker
 * threads when `workers` > 1; the result is identical); an unreadable or broken
 * file becomes an error row and never stops the others. A file whose bytes equal
 * an earlier file's (in file order) is reported with stage "dedupe"; a file whose
 * extension is not a supported format is reported as skipped (stage "read"). With `limits`, a file
 * over its time or memory budget is an error row too.
 */
export async function ingest(paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { processed, errors } = await processFiles(paths, options);
  return finishCorpus(
    processed,
    errors,
    processed.flatMap((p) => p.sentences),
  );
}

/** What `processFiles` hands on: every document processed, in file order, and the files that failed. */
export interface Processed {
  processed: ProcessedDocument[];
  errors: ErrorRow[];
}

/**
 * Reads and processes every file (see `ingest`). `onDocument` sees each processed document in
 * file order as soon as it and every file before it are done (files finish out of order in
 * workers), and returns what is kept of it for the corpus-level steps. With `staging`, documents
 * processed in workers carry their sentences and facts as batches (ProcessedDocument.staged).
 */
export async function processFiles(
  paths: readonly string[],
  options: IngestOptions = {},
  onDocument: (doc: ProcessedDocument) => ProcessedDocument = (doc) => doc,
  { staging = false }: { staging?: boolean } = {},
): Promise<Processed> {
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== "string"))
    throw new TypeError("ingest(paths): paths must be an array of strings");
  const workers = options.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1) throw new TypeError(`ingest: workers must be a positive integer, got ${workers}`);
  const root = options.root ?? process.cwd();
  const byFile = new Map(paths.map((path) => [relativeName(root, path), path]));
  const all = [...byFile].sort(([a], [b]) => compareCodeUnits(a, b));
  const errors: ErrorRow[] = (options.skipped ?? []).map((s) => ({ file: relativeName(root, s.path), stage: "read", message: s.message }));
  // A file of a format ingest does not read is named in the errors, and never read (folders hold images, videos …).
  for (const [file] of all) if (formatOf(file) === null) errors.push({ file, stage: "read", message: skipReason(file) });
  const entries = all.filter(([file]) => formatOf(file) !== null);

  // Slot i: file i's result, null when it has none (unreadable or a duplicate), undefined while pending.
  const results: (ProcessResult | null | undefined)[] = new Array(entries.length);
  const processed: ProcessedDocument[] = [];
  let next = 0;
  // Hands on every finished result whose predecessors are all finished, in file order.
  const settle = (index: number, result: ProcessResult | null) => {
    results[index] = result;
    for (; next < entries.length && results[next] !== undefined; next++) {
      const r = results[next];
      results[next] = null;
      if (!r) continue;
      if (r.ok) processed.push(onDocument(r));
      else errors.push(r.error);
    }
  };
  const firstBySha = new Map<string, string>();
  // More workers than files would only cost start-up time; the output is the same either way.
  const poolSize = Math.min(workers, entries.length);
  const limited = options.limits?.timeMs !== undefined || options.limits?.memoryMb !== undefined;
  const pool = poolSize > 1 || (limited && poolSize > 0) ? new ProcessPool(poolSize, options.limits, { staging }) : null;
  const inFlight = new Set<Promise<void>>();
  const thrown: unknown[] = [];
  let done = 0;
  const report = (file: string) => options.onProgress?.({ done: ++done, total: entries.length, file });
  // The next file is read before this one is handed over (a failed read is kept as its error, for its turn).
  // Synchronously: fs.promises.readFile cost 0.4–1.0 s of main-thread CPU for the 4,986 files of the 1000×
  // bench corpus, readFileSync 0.05–0.08 s, and the main thread is what the workers wait on.
  const read = (i: number): Uint8Array | Error | undefined => {
    if (i >= entries.length) return undefined;
    try {
      return readFileSync(entries[i]![1]);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  };
  let ahead = read(0);
  try {
    for (const [index, [file]] of entries.entries()) {
      if (thrown.length > 0) break;
      const bytes = ahead!;
      ahead = read(index + 1);
      if (bytes instanceof Error) {
        errors.push({ file, stage: "read", message: bytes.message });
        settle(index, null);
        report(file);
        continue;
      }
      // Dedupe here, in file order, so the first file always wins whatever the workers do.
      const sha = sha256Hex(bytes);
      const first = firstBySha.get(sha);
      if (first !== undefined) {
        errors.push({ file, stage: "dedupe", message: `same content as ${first} (sha256 ${sha}); ingested once as ${first}` });
        settle(index, null);
        report(file);
        continue;
      }
      firstBySha.set(sha, file);
      if (!pool) {
        // Loaded only here: the ingest CLI always runs files in workers, so its main thread never loads the extractors.
        const { processFile } = await import("./process.ts");
        settle(index, await processFile(file, bytes));
        report(file);
        continue;
      }
      const job: Promise<void> = pool
        .run(file, bytes, { transfer: true })
        .then((r) => {
          settle(index, r);
          report(file);
        })
        .catch((err) => void thrown.push(err));
      inFlight.add(job);
      void job.then(() => inFlight.delete(job));
      // Keep every worker busy (one file running, one waiting in it, one read ahead) while the next file is
      // read, without reading the whole corpus ahead.
      if (inFlight.size >= poolSize * 3) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  if (thrown.length > 0) throw thrown[0];
  return { processed, errors };
}

/**
 * The corpus-level steps over the processed documents (in file order): entities resolved across
 * documents, events, every table sorted, duplicate events marked, the derived tables.
 * `sentences` are the documents' sentence rows (empty when they were written already).
 */
export function finishCorpus(
  processed: readonly ProcessedDocument[],
  errors: readonly ErrorRow[],
  sentences: SentenceRow[],
  clock: Trace = trace("finish"),
): IngestResult {
  const linked = linkCorpus(processed);
  clock.mark("link corpus");
  const sorted = sortRows({
    documents: processed.map((p) => p.document),
    sentences,
    facts: processed.flatMap((p) => p.facts),
    entities: linked.entities,
    mentions: linked.mentions,
    events: linked.events,
    errors: [...errors, ...linked.errors],
  });
  clock.mark("sort rows");
  const place = new Map(sorted.documents.map((d) => [d.doc_id, d.region]));
  const events = markCorpusDuplicates(sorted.events, (id) => place.get(id) ?? null);
  clock.mark("mark duplicate events");
  const derived = deriveIndicatorTables(sorted.documents, sorted.facts);
  clock.mark("derive indicator tables");
  return { ...sorted, events, ...derived };
}
