// Runs the ingest pipeline over the site's reports and packs every table into
// one tar archive for Framework (members: documents.parquet, facts.parquet, …,
// corpus.duckdb, the same tables as one database file for fast loading, and
// summary.json, the overview's first view).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type IngestResult, ingest, listInputFiles, writeParquet } from "../ingest/index.ts";
import { writeCorpusDatabase } from "./duckdbFile.ts";
import { summarize } from "./summary.ts";
import { createTar } from "./tar.ts";

/** Table files in the archive, in this order. */
export const CORPUS_TABLES = [
  "documents",
  "sentences",
  "facts",
  "entities",
  "mentions",
  "events",
  "errors",
  "indicator_values",
  "target_ledger",
] as const;

/** The same tables as one DuckDB file, for the browser's fast load path. */
export const CORPUS_DATABASE = "corpus.duckdb";

/** Ingests every report under `dir` (sorted, recursive). */
export async function ingestSeeds(dir: string): Promise<IngestResult> {
  return ingest(await listInputFiles([dir]));
}

/** The overview's precomputed first view, in the same archive (one pipeline run serves both). */
export const CORPUS_SUMMARY = "summary.json";

/** Ingests `dir` and returns the tar archive of its tables, the DuckDB file and the overview summary, plus the result. */
export async function buildCorpusArchive(dir: string): Promise<{ archive: Uint8Array; result: IngestResult }> {
  const result = await ingestSeeds(dir);
  const out = mkdtempSync(join(tmpdir(), "corpus-"));
  try {
    await writeParquet(result, out);
    await writeCorpusDatabase(out, CORPUS_TABLES, join(out, CORPUS_DATABASE));
    const files = [...CORPUS_TABLES.map((name) => `${name}.parquet`), CORPUS_DATABASE];
    const entries = files.map((name) => ({ name, data: new Uint8Array(readFileSync(join(out, name))) }));
    const summary = { name: CORPUS_SUMMARY, data: new TextEncoder().encode(JSON.stringify(summarize(result))) };
    return { archive: createTar([...entries, summary]), result };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
