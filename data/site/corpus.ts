// Runs the ingest pipeline over the site's reports and packs every table into
// one tar archive for Framework (members: documents.parquet, facts.parquet, …,
// and corpus.duckdb, the same tables as one database file for fast loading).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type IngestResult, ingest, listInputFiles, writeParquet } from "../ingest/index.ts";
import { writeCorpusDatabase } from "./duckdbFile.ts";
import { createTar, type TarEntry } from "./tar.ts";

/** Table files in the archive, in this order. */
export const CORPUS_TABLES = ["documents", "sentences", "facts", "entities", "mentions", "events", "errors"] as const;

/** The same tables as one DuckDB file, for the browser's fast load path. */
export const CORPUS_DATABASE = "corpus.duckdb";

/** Ingests every report under `dir` (sorted, recursive). */
export async function ingestSeeds(dir: string): Promise<IngestResult> {
  return ingest(await listInputFiles([dir]));
}

/** Ingests `dir` and returns the tar archive of its tables plus the result. */
export async function buildCorpusArchive(dir: string, extra: TarEntry[] = []): Promise<{ archive: Uint8Array; result: IngestResult }> {
  const result = await ingestSeeds(dir);
  const out = mkdtempSync(join(tmpdir(), "corpus-"));
  try {
    await writeParquet(result, out);
    await writeCorpusDatabase(out, CORPUS_TABLES, join(out, CORPUS_DATABASE));
    const files = [...CORPUS_TABLES.map((name) => `${name}.parquet`), CORPUS_DATABASE];
    const entries = files.map((name) => ({ name, data: new Uint8Array(readFileSync(join(out, name))) }));
    return { archive: createTar([...entries, ...extra]), result };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
