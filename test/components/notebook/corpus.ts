// Test helper: the seed reports ingested with the real CLI, opened in DuckDB (Node).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

/** The seven tables, as the site registers them. */
export const TABLE_NAMES = ["documents", "sentences", "facts", "entities", "mentions", "events", "errors"];

/** Runs `npm run ingest` over seeds/ into a temp dir and opens every table as a view. */
export async function openSeedCorpus(): Promise<{ conn: DuckDBConnection; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "notebook-corpus-"));
  execFileSync("npx", ["tsx", "data/cli/ingest.ts", "seeds", "--out", dir], { stdio: "pipe" });
  const conn = await (await DuckDBInstance.create(":memory:")).connect();
  for (const t of TABLE_NAMES) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
  return { conn, dir };
}

/** Rows of a query as JSON-compatible objects. */
export async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}
