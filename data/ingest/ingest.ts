import { readFileSync } from "node:fs";
import { markCorpusDuplicates } from "../events/corpusDuplicates.ts";
import { deriveIndicatorTables } from "../indicators/derive.ts";
import { formatOf, skipReason } from "../read/index.ts";
import type { ErrorRow } from "../types.ts";
import { compareCodeUnits, relativeName } from "./files.ts";
import { sha256Hex } from "./ids.ts";
import { linkCorpus } from "./link.ts";
import { ProcessPool } from "./pool.ts";
import { processFile } from "./process.ts";
import { sortRows } from "./sort.ts";
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

  const results: ProcessResult[] = [];
  const firstBySha = new Map<string, string>();
  // More workers than files would only cost start-up time; the output is the same either way.
  const poolSize = Math.min(workers, entries.length);
  const limited = options.limits?.timeMs !== undefined || options.limits?.memoryMb !== undefined;
  const pool = poolSize > 1 || (limited && poolSize > 0) ? new ProcessPool(poolSize, options.limits) : null;
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
        report(file);
        continue;
      }
      // Dedupe here, in file order, so the first file always wins whatever the workers do.
      const sha = sha256Hex(bytes);
      const first = firstBySha.get(sha);
      if (first !== undefined) {
        errors.push({ file, stage: "dedupe", message: `same content as ${first} (sha256 ${sha}); ingested once as ${first}` });
        report(file);
        continue;
      }
      firstBySha.set(sha, file);
      if (!pool) {
        results[index] = await processFile(file, bytes);
        report(file);
        continue;
      }
      const job: Promise<void> = pool.run(file, bytes).then(
        (r) => {
          results[index] = r;
          report(file);
        },
        (err) => void thrown.push(err),
      );
      inFlight.add(job);
      void job.then(() => inFlight.delete(job));
      // Keep every worker busy while the next file is read, without reading the whole corpus ahead.
      if (inFlight.size >= poolSize * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  if (thrown.length > 0) throw thrown[0];

  const processed: ProcessedDocument[] = [];
  for (const r of results) {
    if (!r) continue;
    if (r.ok) processed.push(r);
    else errors.push(r.error);
  }
  const linked = linkCorpus(processed);
  const sorted = sortRows({
    documents: processed.map((p) => p.document),
    sentences: processed.flatMap((p) => p.sentences),
    facts: processed.flatMap((p) => p.facts),
    entities: linked.entities,
    mentions: linked.mentions,
    events: linked.events,
    errors: [...errors, ...linked.errors],
  });
  const place = new Map(sorted.documents.map((d) => [d.doc_id, d.region]));
  const events = markCorpusDuplicates(sorted.events, (id) => place.get(id) ?? null);
  return { ...sorted, events, ...deriveIndicatorTables(sorted.documents, sorted.facts) };
}
