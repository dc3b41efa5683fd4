import { describe, expect, it } from "vitest";
import { ingest, TABLES as PARQUET_TABLES } from "../../data/ingest/index.ts";
import { type ColumnSpec, column, createTableSql, TABLE_NAMES, TABLES, table } from "../../src/contract/index.ts";
import { columnLabel, enumEntries, labelOf } from "../../src/contract/labels.ts";
import { SEED_PATHS, SEEDS_DIR } from "../fixtures/seeds.ts";

describe("data contract", () => {
  it("declares each table once, with a doc, a Chinese label and documented, labelled columns", () => {
    expect(new Set(TABLE_NAMES).size).toBe(TABLES.length);
    for (const t of TABLES) {
      expect(t.doc.length, t.name).toBeGreaterThan(10);
      expect(t.label, t.name).toMatch(/\p{Script=Han}/u);
      for (const c of t.columns) {
        expect(c.doc.length, `${t.name}.${c.name}`).toBeGreaterThan(5);
        expect(c.label.length, `${t.name}.${c.name}`).toBeGreaterThan(0);
      }
    }
  });

  it("the Parquet schema is the contract's, column for column", () => {
    expect(PARQUET_TABLES.map((t) => t.name)).toEqual(TABLE_NAMES);
    for (const [i, t] of TABLES.entries()) expect(PARQUET_TABLES[i]!.columns).toEqual(t.columns.map((c) => [c.name, c.type]));
  });

  it("every value the pipeline writes for the seeds fits its column: enum values declared, nulls only where nullable", async () => {
    const result = await ingest(SEED_PATHS, { root: SEEDS_DIR });
    for (const t of TABLES) {
      const rows = result[t.name] as unknown as Record<string, unknown>[];
      for (const row of rows) {
        expect(Object.keys(row).sort(), t.name).toEqual(t.columns.map((c) => c.name).sort());
        for (const c of t.columns as readonly ColumnSpec[]) {
          const v = row[c.name];
          if (v === null) expect(c.nullable, `${t.name}.${c.name} is null but not nullable`).toBe(true);
          else if (c.values) expect(Object.keys(c.values), `${t.name}.${c.name} = ${String(v)}`).toContain(v);
        }
      }
    }
  });

  it("labels come from the declarations: enum labels, null labels and column headings", () => {
    expect(labelOf("facts", "kind", "growth")).toBe("增速");
    expect(labelOf("facts", "qualifier", null)).toBe("精确");
    expect(labelOf("facts", "metric", null)).toBe("未识别");
    expect(labelOf("facts", "metric", "地区生产总值")).toBe("地区生产总值");
    expect(labelOf("events", "date_basis", "year_from_report")).toMatch(/报告年份/);
    expect(columnLabel("documents", "title")).toBe("标题");
    expect(enumEntries("entities", "type").map(([v]) => v)).toContain("company");
    expect(enumEntries("facts", "metric")).toEqual([]);
  });

  it("is strict with programmers: unknown tables and columns, duplicate or bad names throw TypeError", () => {
    expect(() => labelOf("nope", "x", 1)).toThrow(TypeError);
    expect(() => labelOf("facts", "nope", 1)).toThrow(/facts has no column "nope"/);
    const a = column({ name: "a", type: "VARCHAR", doc: "first", label: "甲" });
    expect(() => table({ name: "t", doc: "d", label: "表", provenance: false, columns: [a, a] })).toThrow(/column a declared twice/);
    expect(() => table({ name: "t", doc: "d", label: "表", provenance: true, columns: [a] })).toThrow(/need a doc_id column/);
    expect(() => column({ name: "Bad Name", type: "VARCHAR", doc: "d", label: "l" })).toThrow(TypeError);
    expect(() => column({ name: "e", type: "INTEGER", doc: "d", label: "l", values: { a: "甲" } })).toThrow(
      /enum values need type VARCHAR/,
    );
  });

  it("createTableSql gives DuckDB DDL with NOT NULL where the contract says so", () => {
    expect(createTableSql(TABLES[6])).toBe(
      'CREATE TABLE "errors" ("file" VARCHAR NOT NULL, "stage" VARCHAR NOT NULL, "message" VARCHAR NOT NULL)',
    );
    expect(createTableSql(TABLES[1], "corpus.sentences")).toMatch(
      /^CREATE TABLE corpus.sentences \("doc_id" VARCHAR NOT NULL, .*"section" VARCHAR, /,
    );
  });
});
