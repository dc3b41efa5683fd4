import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { ChunkAppender, chunkable, stagingColumns } from "../../data/ingest/chunks-append.ts";
import { codeColumn } from "../../data/ingest/codes.ts";
import type { ColumnType } from "../../data/ingest/schema.ts";

const COLUMNS: ReadonlyArray<readonly [string, ColumnType]> = [
  ["id", "VARCHAR"],
  ["n", "INTEGER"],
  ["x", "DOUBLE"],
  ["flag", "BOOLEAN"],
  ["day", "DATE"],
  ["note", "VARCHAR"],
];

/** Rows across several chunks (2,048 rows each), with nulls and undefined in every column at varying places. */
function rows(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `f${i}`,
    n: i % 7 === 0 ? null : i - 3000,
    x: i % 5 === 0 ? undefined : i / 3,
    flag: i % 11 === 0 ? null : i % 2 === 0,
    day: i % 13 === 0 ? null : "2024-03-01",
    note: i % 3 === 0 ? null : `第${i}项 同比增长8.5%`,
  }));
}

async function roundTrip(input: Record<string, unknown>[], batch: number): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run("CREATE TABLE t (id VARCHAR, n INTEGER, x DOUBLE, flag BOOLEAN, day VARCHAR, note VARCHAR)");
    const appender = await connection.createAppender("t");
    const chunks = new ChunkAppender(appender, "t", COLUMNS);
    for (let i = 0; i < input.length; i += batch) chunks.append(input.slice(i, i + batch));
    chunks.flush();
    appender.flushSync();
    appender.closeSync();
    return (await connection.runAndReadAll("SELECT * FROM t")).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("ChunkAppender", () => {
  it("stores every value and null in order across chunk boundaries, whatever the batch size", async () => {
    const input = rows(5000);
    const expected = input.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? null])));
    for (const batch of [1, 65, 2048, 5000]) expect(await roundTrip(input, batch)).toEqual(expected);
  });

  it("with codes, stores repeated texts as codes that give back every value, across chunks and batches", async () => {
    const input = rows(5000).map((r, i) => ({ ...r, note: i % 3 === 0 ? null : i % 50 === 0 ? `第${i}项` : "同比增长8.5%" }));
    const expected = input.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? null])));
    const layout = stagingColumns(COLUMNS, true);
    expect(layout.map(([name]) => name)).toEqual(["id", codeColumn("id"), "n", "x", "flag", "day", "note", codeColumn("note")]);
    for (const batch of [1, 2048, 5000]) {
      const instance = await DuckDBInstance.create(":memory:");
      const connection = await instance.connect();
      try {
        await connection.run(`CREATE TABLE t (${layout.map(([name, type]) => `"${name}" ${type}`).join(", ")})`);
        const appender = await connection.createAppender("t");
        const chunks = new ChunkAppender(appender, "t", COLUMNS, { codes: true });
        for (let i = 0; i < input.length; i += batch) chunks.append(input.slice(i, i + batch));
        chunks.flush();
        appender.flushSync();
        appender.closeSync();
        const dictionaries = chunks.dictionaries();
        // "同比增长8.5%" is coded; the distinct ids stop being coded after the first few.
        expect(dictionaries.get("note")).toContain("同比增长8.5%");
        const stored = (await connection.runAndReadAll("SELECT * FROM t")).getRowObjectsJS() as Record<string, unknown>[];
        const decode = (row: Record<string, unknown>, name: string) => {
          const code = row[codeColumn(name)] as number | null;
          return code === null ? row[name] : dictionaries.get(name)![code];
        };
        expect(stored.filter((r) => r[codeColumn("note")] !== null).length).toBeGreaterThan(1000);
        const decoded = stored.map((r) => {
          const { [codeColumn("id")]: _i, [codeColumn("note")]: _n, ...rest } = r;
          return { ...rest, id: decode(r, "id"), note: decode(r, "note") };
        });
        expect(decoded).toEqual(expected);
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    }
  });

  it("names the table, row and column of a value of the wrong type", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run("CREATE TABLE t (id VARCHAR, n INTEGER, x DOUBLE, flag BOOLEAN, day VARCHAR, note VARCHAR)");
      const appender = await connection.createAppender("t");
      const chunks = new ChunkAppender(appender, "facts", COLUMNS);
      expect(() => chunks.append([...rows(3), { ...rows(1)[0], n: 1.5 }])).toThrow(/facts\[3\]\.n should be INTEGER, got 1\.5/);
      expect(() => chunks.append([{ ...rows(1)[0], n: 2 ** 31 }])).toThrow(TypeError);
      expect(() => chunks.append([{ ...rows(1)[0], id: 7 }])).toThrow(/\.id should be VARCHAR/);
      appender.closeSync();
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("refuses list columns, which the row appender writes", () => {
    expect(chunkable(COLUMNS)).toBe(true);
    expect(chunkable([["aliases", "VARCHAR[]"]])).toBe(false);
  });
});
