import v8 from "node:v8";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { corpusFacts, stageBatch, stageRows } from "../../data/ingest/batch.ts";
import { ChunkAppender, stagingColumns } from "../../data/ingest/chunks-append.ts";
import { codeColumn } from "../../data/ingest/codes.ts";
import { processDocument } from "../../data/ingest/index.ts";
import { type ColumnType, TABLES, type TableSpec } from "../../data/ingest/schema.ts";
import type { ProcessedDocument } from "../../data/ingest/types.ts";
import { SEED_FILES, seedBytes } from "../fixtures/seeds.ts";

const COLUMNS: ReadonlyArray<readonly [string, ColumnType]> = [
  ["id", "VARCHAR"],
  ["n", "INTEGER"],
  ["x", "DOUBLE"],
  ["flag", "BOOLEAN"],
  ["day", "DATE"],
  ["unit", "VARCHAR"],
  ["quote", "VARCHAR"],
];
const SPEC = { name: "facts", columns: COLUMNS } as unknown as TableSpec;
const TEXT = "全年地区生产总值增长8.5%，规模以上工业增加值增长10.2%。".repeat(20);

/** Rows with nulls and undefined at varying places, a repeated text (unit) and slices of TEXT (quote). */
function rows(count: number, offset = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, k) => {
    const i = k + offset;
    return {
      id: `f${i}`,
      n: i % 7 === 0 ? null : i - 3000,
      x: i % 5 === 0 ? undefined : i / 3,
      flag: i % 11 === 0 ? null : i % 2 === 0,
      day: i % 13 === 0 ? null : "2024-03-01",
      unit: i % 3 === 0 ? null : i % 50 === 0 ? `第${i}项` : "亿元",
      quote: TEXT.slice(i % 40, (i % 40) + 12),
    };
  });
}

const slicesOf = (input: readonly Record<string, unknown>[]) =>
  new Map([["quote", { starts: Int32Array.from(input, (_, k) => k % 40), ends: Int32Array.from(input, (_, k) => (k % 40) + 12) }]]);

/** The staging table's rows after appending `parts` (row arrays or batches, in order), codes decoded. */
async function staged(parts: ReadonlyArray<{ rows: Record<string, unknown>[]; batch: boolean }>, codes: boolean) {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const layout = stagingColumns(COLUMNS, codes);
    await connection.run(`CREATE TABLE t (${layout.map(([name, type]) => `"${name}" ${type}`).join(", ")})`);
    const appender = await connection.createAppender("t");
    const chunks = new ChunkAppender(appender, "facts", COLUMNS, { codes });
    for (const part of parts) {
      if (!part.batch) chunks.append(part.rows);
      else {
        // Offsets into TEXT: part.rows[k].quote is TEXT.slice(k % 40, k % 40 + 12) only when the part starts at a multiple of 40.
        const batch = stageBatch(SPEC, part.rows, slicesOf(part.rows));
        chunks.appendBatch(v8.deserialize(v8.serialize(batch)), TEXT);
      }
    }
    chunks.flush();
    appender.flushSync();
    appender.closeSync();
    const dictionaries = chunks.dictionaries();
    const stored = (await connection.runAndReadAll("SELECT * FROM t")).getRowObjectsJS() as Record<string, unknown>[];
    return stored.map((row) =>
      Object.fromEntries(
        COLUMNS.map(([name]) => {
          const code = codes ? (row[codeColumn(name)] as number | null | undefined) : null;
          return [name, code === null || code === undefined ? row[name] : dictionaries.get(name)![code]];
        }),
      ),
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("stageBatch / ChunkAppender.appendBatch", () => {
  it("stores the same rows as appending them one by one, across chunk boundaries, with and without codes", async () => {
    const input = rows(5000);
    const expected = input.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? null])));
    for (const codes of [false, true])
      for (const size of [40, 2080, 5000]) {
        // Batches of `size` rows, with some parts appended as rows in between.
        const parts = [];
        for (let i = 0; i < input.length; i += size) parts.push({ rows: input.slice(i, i + size), batch: (i / size) % 3 !== 1 });
        expect(await staged(parts, codes)).toEqual(expected);
      }
  });

  it("keeps repeated texts as a dictionary and mostly distinct ones as values", () => {
    const batch = stageBatch(SPEC, rows(300));
    const kinds = Object.fromEntries(COLUMNS.map(([name], c) => [name, batch.columns[c]!.kind]));
    expect(kinds).toEqual({ id: "values", n: "numbers", x: "numbers", flag: "numbers", day: "strings", unit: "strings", quote: "strings" });
  });

  it("names the table, row and column of a value of the wrong type, as appending rows does", () => {
    expect(() => stageBatch(SPEC, [...rows(3), { ...rows(1)[0], n: 1.5 }])).toThrow(/facts\[3\]\.n should be INTEGER, got 1\.5/);
    expect(() => stageBatch(SPEC, [{ ...rows(1)[0], n: 2 ** 31 }])).toThrow(TypeError);
    expect(() => stageBatch(SPEC, [{ ...rows(1)[0], id: 7 }])).toThrow(/facts\[0\]\.id should be VARCHAR/);
    expect(() => stageBatch(SPEC, [{ ...rows(1)[0], flag: "yes" }])).toThrow(/\.flag should be BOOLEAN/);
    expect(() => stageBatch(SPEC, rows(2), new Map([["quote", { starts: new Int32Array(1), ends: new Int32Array(1) }]]))).toThrow(
      /1 slices for 2 rows/,
    );
  });
});

describe("stageRows", () => {
  const spec = (name: string) => TABLES.find((t) => t.name === name)!;
  it("gives each seed's sentences (texts as slices of the document) and facts as the rows they were built from", async () => {
    for (const file of SEED_FILES) {
      const result = processDocument(file, seedBytes(file)) as ProcessedDocument;
      const { sentences, facts } = stageRows(result.context.text, result.context.sentences, result.sentences, result.facts);
      expect(sentences.rows).toBe(result.sentences.length);
      expect(facts.rows).toBe(result.facts.length);
      const text = sentences.columns[spec("sentences").columns.findIndex(([name]) => name === "text")]!;
      expect(text.kind).toBe("slices");
      if (text.kind !== "slices") continue;
      expect(result.sentences.map((_, i) => result.context.text.slice(text.starts[i], text.ends[i]))).toEqual(
        result.sentences.map((s) => s.text),
      );
      const factId = facts.columns[0]!;
      expect(factId.kind === "values" ? factId.values : []).toEqual(result.facts.map((f) => f.fact_id));
    }
  });

  it("throws when a sentence row's text is not its span's slice of the document", () => {
    const result = processDocument(SEED_FILES[0]!, seedBytes(SEED_FILES[0]!)) as ProcessedDocument;
    const sentences = result.sentences.map((s, i) => (i === 2 ? { ...s, text: `${s.text}x` } : s));
    expect(() => stageRows(result.context.text, result.context.sentences, sentences, result.facts)).toThrow(
      /sentence .*-s\d+ is not the slice/,
    );
  });

  it("corpusFacts keeps the facts with an indicator, in order", () => {
    const result = processDocument(SEED_FILES[0]!, seedBytes(SEED_FILES[0]!)) as ProcessedDocument;
    const kept = corpusFacts(result.facts);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(result.facts.length);
    expect(kept).toEqual(result.facts.filter((f) => f.indicator !== null));
  });
});
