import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import type { IngestResult } from "../../data/ingest/index.ts";
import { ingest, TABLES, writeParquet } from "../../data/ingest/index.ts";
import { SEED_PATHS, SEEDS_DIR } from "../fixtures/seeds.ts";

const EMPTY: IngestResult = {
  documents: [],
  sentences: [],
  facts: [],
  entities: [],
  mentions: [],
  events: [],
  errors: [],
  indicator_values: [],
  target_ledger: [],
};

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), "ingest-parquet-"));

describe("writeParquet", () => {
  it("writeParquet writes one zstd Parquet file per table with the row counts", async () => {
    const result = await ingest(SEED_PATHS, { root: SEEDS_DIR });
    const dir = tmp();
    const written = await writeParquet(result, dir);
    expect(written).toEqual(TABLES.map((t) => join(dir, `${t.name}.parquet`)));
    for (const t of TABLES) {
      const [row] = await query(`SELECT count(*)::INTEGER AS n FROM '${join(dir, `${t.name}.parquet`)}'`);
      expect(row!.n).toBe(result[t.name].length);
    }
    const codecs = await query(`SELECT DISTINCT compression FROM parquet_metadata('${join(dir, "sentences.parquet")}')`);
    expect(codecs).toEqual([{ compression: "ZSTD" }]);
  });

  it("writeParquet output passes the provenance check in DuckDB: substr(text, start + 1, end - start) = text", async () => {
    const dir = tmp();
    await writeParquet(await ingest(SEED_PATHS, { root: SEEDS_DIR }), dir);
    for (const table of ["sentences", "facts", "mentions", "events"]) {
      const [row] = await query(
        `SELECT count(*)::INTEGER AS rows, count(*) FILTER (WHERE substr(d.text, t.start + 1, t."end" - t.start) IS DISTINCT FROM t.text)::INTEGER AS bad
         FROM '${join(dir, `${table}.parquet`)}' t JOIN '${join(dir, "documents.parquet")}' d USING (doc_id)`,
      );
      expect({ table, bad: row!.bad }).toEqual({ table, bad: 0 });
    }
  });

  it("writeParquet is byte-identical for the same input, and for 1 or 2 workers", async () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    await writeParquet(await ingest(SEED_PATHS, { root: SEEDS_DIR }), a);
    await writeParquet(await ingest(SEED_PATHS, { root: SEEDS_DIR }), b);
    await writeParquet(await ingest(SEED_PATHS, { root: SEEDS_DIR, workers: 2 }), c);
    for (const t of TABLES) {
      const bytes = readFileSync(join(a, `${t.name}.parquet`));
      expect(readFileSync(join(b, `${t.name}.parquet`)).equals(bytes), `${t.name} run 2`).toBe(true);
      expect(readFileSync(join(c, `${t.name}.parquet`)).equals(bytes), `${t.name} workers 2`).toBe(true);
    }
  });

  it("writeParquet gives empty tables their explicit schema", async () => {
    const dir = tmp();
    await writeParquet(EMPTY, dir);
    const describe = async (table: string) =>
      Object.fromEntries(
        (await query(`DESCRIBE SELECT * FROM '${join(dir, `${table}.parquet`)}'`)).map((r) => [r.column_name, r.column_type]),
      );
    expect(await describe("documents")).toMatchObject({ doc_id: "VARCHAR", year: "INTEGER", chars: "INTEGER", text: "VARCHAR" });
    expect(await describe("facts")).toMatchObject({ start: "INTEGER", end: "INTEGER", value: "DOUBLE", is_target: "BOOLEAN" });
    expect(await describe("entities")).toMatchObject({ aliases: "VARCHAR[]", mentions: "INTEGER", docs: "INTEGER" });
    expect(await describe("events")).toMatchObject({
      date: "DATE",
      end_date: "DATE",
      amount_cny: "DOUBLE",
      project_count: "INTEGER",
      entity_ids: "VARCHAR[]",
    });
    expect(Object.keys(await describe("errors"))).toEqual(["file", "stage", "message"]);
  });

  it("writeParquet round-trips dates, lists, nulls and booleans", async () => {
    const dir = tmp();
    await writeParquet(
      {
        ...EMPTY,
        entities: [
          {
            entity_id: "company-1",
            name: "小松(中国)投资有限公司",
            type: "company",
            aliases: ["小松", "小松(中国)投资有限公司"],
            mentions: 3,
            docs: 1,
            region_code: null,
            region_path: null,
          },
        ],
        events: [
          {
            event_id: "d-e5",
            doc_id: "d",
            sentence_id: "d-s0001",
            date: "2023-05-12",
            precision: "day",
            end_date: null,
            date_basis: "explicit",
            date_evidence: "5月12日",
            action: "签约",
            text: "签署合作协议",
            start: 5,
            end: 11,
            amount_cny: 1.97e10,
            project_count: null,
            entity_ids: ["company-1"],
            duplicate_of: null,
          },
        ],
      },
      dir,
    );
    expect(await query(`SELECT * FROM '${join(dir, "entities.parquet")}'`)).toEqual([
      {
        entity_id: "company-1",
        name: "小松(中国)投资有限公司",
        type: "company",
        aliases: ["小松", "小松(中国)投资有限公司"],
        mentions: 3,
        docs: 1,
        region_code: null,
        region_path: null,
      },
    ]);
    expect(
      await query(`SELECT date::VARCHAR AS date, end_date, amount_cny, project_count, entity_ids FROM '${join(dir, "events.parquet")}'`),
    ).toEqual([{ date: "2023-05-12", end_date: null, amount_cny: 1.97e10, project_count: null, entity_ids: ["company-1"] }]);
  });

  it("writeParquet rejects a value of the wrong type with its table, row and column", async () => {
    const bad = { ...EMPTY, errors: [{ file: "a.txt", stage: "read" as const, message: 42 as unknown as string }] };
    await expect(writeParquet(bad, tmp())).rejects.toThrow(/errors\[0\]\.message should be VARCHAR/);
  });

  it("writeParquet leaves only the tables in the folder (DuckDB's spill folder is removed)", async () => {
    const dir = tmp();
    await writeParquet(EMPTY, dir);
    expect(readdirSync(dir).sort()).toEqual(TABLES.map((t) => `${t.name}.parquet`).sort());
  });
});
