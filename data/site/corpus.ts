// Runs the ingest pipeline over the site's reports and packs every table into
// one tar archive for Framework (members: documents.parquet, facts.parquet, …).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type IngestResult, ingest, listInputFiles, writeParquet } from "../ingest/index.ts";
import { createTar, type TarEntry } from "./tar.ts";

/** Table files in the archive, in this order. */
export const CORPUS_TABLES = ["documents", "sentences", "facts", "entities", "mentions", "events", "errors"] as const;

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
    const entries = CORPUS_TABLES.map((name) => ({
      name: `${name}.parquet`,
      data: new Uint8Array(readFileSync(join(out, `${name}.parquet`))),
    }));
    return { archive: createTar([...entries, ...extra]), result };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
