import { join, resolve } from "node:path";
import { TABLES } from "./schema.ts";
import { writeTables } from "./stage.ts";
import { replaceFolder } from "./swap.ts";
import type { IngestResult } from "./types.ts";

/** The file names `writeParquet` and `ingestToParquet` write, in table order. */
export const PARQUET_FILES: readonly string[] = TABLES.map((spec) => `${spec.name}.parquet`);

/**
 * Writes every table as `<outDir>/<table>.parquet` (zstd, explicit column types so
 * empty tables keep their schema, rows in the given order; see StagedTables). The bytes are
 * identical for identical rows on every machine. The tables are written into a
 * temporary folder beside `outDir` and swapped in together (see replaceFolder), so
 * an interrupted or failed run leaves the previous set complete. Returns the paths
 * written, in table order.
 */
export async function writeParquet(result: IngestResult, outDir: string): Promise<string[]> {
  if (typeof outDir !== "string" || outDir === "") throw new TypeError("writeParquet: outDir must be a non-empty string");
  for (const spec of TABLES)
    if (!Array.isArray(result[spec.name])) throw new TypeError(`writeParquet: result.${spec.name} must be an array`);
  await replaceFolder(outDir, PARQUET_FILES, (dir) => writeTables(result, dir));
  return PARQUET_FILES.map((name) => join(resolve(outDir), name));
}
