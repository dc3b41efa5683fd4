// The SQL page's first view, answered at build time over the seeds' corpus.duckdb: the schema
// browser's tables and the default cells' results, as the notebook in the browser would get them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeParquet } from "../../../data/ingest/index.ts";
import { CORPUS_TABLES, ingestSeeds } from "../../../data/site/corpus.ts";
import { writeCorpusDatabase } from "../../../data/site/duckdbFile.ts";
import { withCorpus } from "../../../data/site/firstViews.ts";
import { coarseType, DEFAULT_CELLS, sqlFirstView, viewResult } from "../../../src/components/notebook/firstView.ts";
import { limitQuery } from "../../../src/components/notebook/guard.ts";
import { TABLE_NAMES } from "../../../src/contract/index.ts";

let file = "";
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sql-view-"));
  await writeParquet(await ingestSeeds("seeds"), dir);
  file = join(dir, "corpus.duckdb");
  await writeCorpusDatabase(dir, CORPUS_TABLES, file);
}, 120_000);

describe("coarseType", () => {
  it.each([
    ["INTEGER", "number"],
    ["BIGINT", "number"],
    ["HUGEINT", "number"],
    ["UBIGINT", "number"],
    ["DOUBLE", "number"],
    ["DECIMAL(18,3)", "number"],
    ["VARCHAR", "string"],
    ["DATE", "date"],
    ["TIMESTAMP WITH TIME ZONE", "date"],
    ["BOOLEAN", "boolean"],
    ["VARCHAR[]", "other"],
    ["STRUCT(a INTEGER)", "other"],
  ])("%s → %s", (type, coarse) => {
    expect(coarseType(type)).toBe(coarse);
  });
});

describe("sqlFirstView", () => {
  it("lists every table of the contract with its columns, row count and sample", async () => {
    const view = await withCorpus(file, CORPUS_TABLES, (source) => sqlFirstView(source));
    expect(view.tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
    const facts = view.tables.find((t) => t.name === "facts")!;
    expect(facts.rows).toBeGreaterThan(0);
    expect(facts.columns.map((c) => c.name)).toContain("fact_id");
    expect(facts.sample.length).toBe(3);
  });

  it("gives each default cell's rows exactly as the limited query returns them, numbers as numbers", async () => {
    const view = await withCorpus(file, CORPUS_TABLES, (source) => sqlFirstView(source));
    expect(view.results.map((r) => r.sql)).toEqual(DEFAULT_CELLS.map((c) => c.sql));
    const first = view.results[0];
    const direct = await withCorpus(file, CORPUS_TABLES, (source) => source.rows(limitQuery(first.sql, 10_001)));
    expect(first.rows.length).toBe(direct.length);
    expect(first.rows.length).toBeGreaterThan(0);
    for (const c of first.columns.filter((c) => c.type === "number")) {
      expect(first.rows.every((r) => r[c.name] === null || typeof r[c.name] === "number")).toBe(true);
    }
    expect(first.columns.map((c) => c.name)).toEqual(Object.keys(direct[0]));
  });

  it("leaves a result over the row budget, and a statement the guard refuses, to DuckDB in the browser", async () => {
    await withCorpus(file, CORPUS_TABLES, async (source) => {
      expect(await viewResult(source, "SELECT * FROM sentences", 5)).toBeNull();
      expect(await viewResult(source, "DROP TABLE facts")).toBeNull();
      expect(await viewResult(source, "SELECT count(*) AS n FROM facts")).toMatchObject({ columns: [{ name: "n", type: "number" }] });
    });
  });
});
