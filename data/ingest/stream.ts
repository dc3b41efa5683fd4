import { join, resolve } from "node:path";
import { corpusFacts, stageRows } from "./batch.ts";
import { finishCorpus, processFiles } from "./ingest.ts";
import { PARQUET_FILES } from "./parquet.ts";
import { TABLES } from "./schema.ts";
import { StagedTables } from "./stage.ts";
import { replaceFolder } from "./swap.ts";
import { trace } from "./trace.ts";
import type { IngestOptions, IngestResult } from "./types.ts";

/** Memory the staging database may hold before it works from its file. */
const STAGING_MEMORY_MB = 256;

/** What `ingestToParquet` wrote: rows per table and the error rows (which the caller reports). */
export interface IngestSummary {
  rows: Record<keyof IngestResult, number>;
  errors: IngestResult["errors"];
  /** The Parquet files written, in table order. */
  paths: string[];
}

/**
 * `writeParquet(await ingest(paths, options), outDir)` without holding the per-document tables:
 * each document's row, sentences and facts are appended to DuckDB staging tables as soon as it
 * and every file before it are processed (while the workers go on), sentence rows are dropped
 * once appended, and documents, sentences and facts are written to Parquet (in a thread of libuv's
 * pool) while the corpus-level steps (entities, events, derived tables) run. The bytes written are the same as
 * writeParquet's (rows in the same order: documents in file order, each document's rows sorted
 * as sortRows sorts them); the memory and the serial tail after the last file are smaller.
 */
export async function ingestToParquet(paths: readonly string[], outDir: string, options: IngestOptions = {}): Promise<IngestSummary> {
  if (typeof outDir !== "string" || outDir === "") throw new TypeError("ingestToParquet: outDir must be a non-empty string");
  let summary: Omit<IngestSummary, "paths"> | undefined;
  const clock = trace(`${options.workers ?? 1}w`);
  await replaceFolder(outDir, PARQUET_FILES, async (dir) => {
    // On disk: the per-document tables fill while every document's corpus-level data is held in memory.
    // Inside the temporary output folder, so that a killed run's file goes with the folder's leftovers.
    const staged = await StagedTables.open({ file: join(dir, ".staging.duckdb"), memoryMb: STAGING_MEMORY_MB });
    try {
      let sentences = 0;
      let facts = 0;
      clock.mark("open staging");
      const { processed, errors } = await processFiles(
        paths,
        options,
        (doc) =>
          clock.time("append per document", () => {
            // Batches from a worker, else (processed in this thread) built here.
            const { text } = doc.context;
            const batches = doc.staged ?? stageRows(text, doc.context.sentences, doc.sentences, doc.facts);
            // processDocument gives each document's rows in the order sortRows gives them within it.
            clock.time("append documents", () => staged.append("documents", [doc.document]));
            clock.time("append sentences", () => staged.appendBatch("sentences", batches.sentences, text));
            clock.time("append facts", () => staged.appendBatch("facts", batches.facts, text));
            sentences += batches.sentences.rows;
            facts += batches.facts.rows;
            // What the corpus-level steps read of the staged rows: no sentences, and only the facts the
            // derived tables are made of (see corpusFacts). The other facts (~⅔ of the 1000× bench corpus)
            // then die young (or never reach this thread) instead of being held to the end.
            // Nor the sentence spans (see ProcessedDocument.staged).
            const context = { ...doc.context, sentences: [] };
            return { ...doc, context, sentences: [], facts: doc.staged ? doc.facts : corpusFacts(doc.facts), staged: undefined };
          }),
        { staging: true },
      );
      clock.mark("process files");
      // Copied to Parquet in a thread of libuv's pool while this thread resolves the corpus.
      const head = staged.write(
        (["documents", "sentences", "facts"] as const).map((name) => [name, join(dir, `${name}.parquet`)] as const),
      );
      clock.mark("flush documents…facts");
      // Awaited below; handled here too, so that a failed COPY is never an unhandled rejection meanwhile.
      head.catch(() => undefined);
      let result: IngestResult;
      try {
        result = finishCorpus(processed, errors, [], clock);
        // The corpus-level sort must leave the rows written above where they were.
        const kept = processed.flatMap((p) => p.facts);
        if (result.documents.some((d, i) => d !== processed[i]!.document) || result.facts.some((f, i) => f !== kept[i]))
          throw new Error("ingestToParquet: documents or facts were written in another order than the corpus sorts them");
      } catch (err) {
        await head.catch(() => undefined);
        throw err;
      }
      const rest = TABLES.filter((spec) => spec.name !== "documents" && spec.name !== "sentences" && spec.name !== "facts");
      const rows = {} as Record<keyof IngestResult, number>;
      for (const spec of rest) {
        staged.append(spec.name, result[spec.name]);
        rows[spec.name] = result[spec.name].length;
      }
      clock.mark("append the rest");
      await head;
      clock.mark("wait for documents…facts");
      await staged.write(rest.map((spec) => [spec.name, join(dir, `${spec.name}.parquet`)] as const));
      clock.mark("write the rest");
      summary = { rows: { ...rows, documents: result.documents.length, sentences, facts }, errors: result.errors };
    } finally {
      staged.close();
    }
  });
  clock.mark("close and swap");
  clock.end();
  return { ...summary!, paths: PARQUET_FILES.map((name) => join(resolve(outDir), name)) };
}
