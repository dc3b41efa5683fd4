// Runs the ingest pipeline over the site's reports and packs every table into
// one tar archive for Framework (members: documents.parquet, facts.parquet, …,
// corpus.duckdb, the same tables as one database file for fast loading,
// summary.json, the overview's first view, and reports/<doc_id>.json and
// entities/<entity_id>.json, each report's and entity's page data, and views/<page>.json,
// the other pages' first views).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { entityMember } from "../../src/contract/entityPage.ts";
import { TABLE_NAMES } from "../../src/contract/index.ts";
import { readerMember } from "../../src/contract/reader.ts";
import { DEFAULT_LIMITS, type IngestResult, ingest, listInputs, writeParquet } from "../ingest/index.ts";
import { writeCorpusDatabase } from "./duckdbFile.ts";
import { entityData } from "./entityData.ts";
import { firstViews } from "./firstViews.ts";
import { readerData } from "./readerData.ts";
import { summarize } from "./summary.ts";
import { createTar } from "./tar.ts";

/** Table files in the archive, in the contract's order. */
export const CORPUS_TABLES = TABLE_NAMES;

/** The same tables as one DuckDB file, for the browser's fast load path. */
export const CORPUS_DATABASE = "corpus.duckdb";

/**
 * Ingests every report under `dir` (sorted, recursive); a report over the per-file budget is an error row.
 * File names are relative to the folder holding `dir` (seeds/000.txt, news/b1.txt), so a folder outside the
 * project reads the same wherever the project is and whatever the working directory.
 */
export async function ingestSeeds(dir: string): Promise<IngestResult> {
  const { files, skipped } = await listInputs([dir]);
  return ingest(files, { limits: DEFAULT_LIMITS, skipped, root: dirname(resolve(dir)) });
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
    const encoder = new TextEncoder();
    const summary = { name: CORPUS_SUMMARY, data: encoder.encode(JSON.stringify(summarize(result))) };
    // The reader's first view, one small file per report: no DuckDB-WASM needed to open a report.
    const reports = readerData(result).map((r) => ({ name: readerMember(r.document.doc_id), data: encoder.encode(JSON.stringify(r)) }));
    const entities = entityData(result).map((e) => ({ name: entityMember(e.entity.entity_id), data: encoder.encode(JSON.stringify(e)) }));
    // The other pages' first views: their own queries answered ahead of time (views/<page>.json).
    const views = await firstViews(join(out, CORPUS_DATABASE), CORPUS_TABLES);
    return { archive: createTar([...entries, summary, ...reports, ...entities, ...views]), result };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
