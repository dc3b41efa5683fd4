import { readFile } from "node:fs/promises";
import { deriveIndicatorTables } from "../indicators/derive.ts";
import type { ErrorRow } from "../types.ts";
import { compareCodeUnits, relativeName } from "./files.ts";
import { sha256Hex } from "./ids.ts";
import { linkCorpus } from "./link.ts";
import { ProcessPool } from "./pool.ts";
import { processDocument } from "./process.ts";
import { sortRows } from "./sort.ts";
import type { IngestOptions, IngestResult, ProcessedDocument, ProcessResult } from "./types.ts";

/**
 * Ingests files into table rows. Each file is processed on its own (in worker
 * threads when `workers` > 1; the result is identical); an unreadable or broken
 * file becomes an error row and never stops the others. A file whose bytes equal
 * an earlier file's (in file order) is reported with stage "dedupe".
 */
export async function ingest(paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== "string"))
    throw new TypeError("ingest(paths): paths must be an array of strings");
  const workers = options.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1) throw new TypeError(`ingest: workers must be a positive integer, got ${workers}`);
  const root = options.root ?? process.cwd();
  const byFile = new Map(paths.map((path) => [relativeName(root, path), path]));
  const entries = [...byFile].sort(([a], [b]) => compareCodeUnits(a, b));

  const errors: ErrorRow[] = [];
  const results: ProcessResult[] = [];
  const firstBySha = new Map<string, string>();
  // More workers than files would only cost start-up time; the output is the same either way.
  const poolSize = Math.min(workers, entries.length);
  const pool = poolSize > 1 ? new ProcessPool(poolSize) : null;
  const inFlight = new Set<Promise<void>>();
  const thrown: unknown[] = [];
  let done = 0;
  const report = (file: string) => options.onProgress?.({ done: ++done, total: entries.length, file });
  // The next file is read while this one is processed (the read never rejects: its error is kept for its turn).
  const read = (i: number): Promise<Uint8Array | Error> | undefined =>
    i < entries.length
      ? readFile(entries[i]![1]).then(
          (b) => b,
          (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
        )
      : undefined;
  let ahead = read(0);
  try {
    for (const [index, [file]] of entries.entries()) {
      if (thrown.length > 0) break;
      const bytes = await ahead!;
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
        results[index] = processDocument(file, bytes);
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
  return { ...sorted, ...deriveIndicatorTables(sorted.documents, sorted.facts) };
}
