import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { DateDay, Field, List, makeVector, Table, tableFromArrays, Utf8, vectorFromArray } from "apache-arrow";
import * as parquet from "parquet-wasm";
import { describe, expect, it } from "vitest";
import { downloadName, toCsv, toJson, toParquet } from "../../../src/components/notebook/download.ts";

// A result like the notebook gets from DuckDB-WASM: text with commas and quotes, numbers, nulls, dates, lists.
function sampleTable(): Table {
  const base = tableFromArrays({
    text: ["营业收入54.77亿元", "“产业立区、制造强区、特色兴区”, 含逗号", null] as (string | null)[],
    value: Float64Array.from([5_477_000_000, 0.5, Number.NaN]),
  });
  const date = vectorFromArray([new Date("2023-05-12"), null, new Date("2017-01-01")], new DateDay());
  const aliases = vectorFromArray([["济宁高新区", "高新区"], [], null], new List(new Field("item", new Utf8(), true)));
  return new Table({ text: base.getChild("text")!, value: makeVector(base.getChild("value")!.data[0]), date, aliases });
}

async function readBack(file: string, reader: string): Promise<Record<string, unknown>[]> {
  const conn = await (await DuckDBInstance.create(":memory:")).connect();
  return (await conn.runAndReadAll(`SELECT * FROM ${reader}('${file}')`)).getRowObjectsJson() as Record<string, unknown>[];
}

const dir = mkdtempSync(join(tmpdir(), "notebook-download-"));

describe("toCsv", () => {
  it("toCsv writes a BOM, a header and quoted fields that DuckDB reads back", async () => {
    const csv = toCsv(sampleTable());
    expect(csv.startsWith("\uFEFFtext,value,date,aliases\r\n")).toBe(true);
    expect(csv).toContain('"“产业立区、制造强区、特色兴区”, 含逗号"');
    const file = join(dir, "r.csv");
    writeFileSync(file, csv);
    const back = await readBack(file, "read_csv");
    expect(back.map((r) => r.text)).toEqual(["营业收入54.77亿元", "“产业立区、制造强区、特色兴区”, 含逗号", null]);
    expect(String(back[0].date)).toBe("2023-05-12");
    expect(back[0].aliases).toBe('["济宁高新区","高新区"]');
  });
});

describe("toJson", () => {
  it("toJson writes row objects with ISO dates and arrays", () => {
    const rows = JSON.parse(toJson(sampleTable()));
    expect(rows[0]).toEqual({ text: "营业收入54.77亿元", value: 5_477_000_000, date: "2023-05-12", aliases: ["济宁高新区", "高新区"] });
    expect(rows[2]).toEqual({ text: null, value: null, date: "2017-01-01", aliases: null });
  });
});

describe("toParquet", () => {
  it("toParquet writes a file DuckDB reads back with the same values and types", async () => {
    const bytes = toParquet(sampleTable(), parquet as never);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("PAR1");
    const file = join(dir, "r.parquet");
    writeFileSync(file, bytes);
    const back = await readBack(file, "read_parquet");
    expect(back[0]).toEqual({ text: "营业收入54.77亿元", value: 5_477_000_000, date: "2023-05-12", aliases: ["济宁高新区", "高新区"] });
    expect(back[2].text).toBeNull();
  });
});

describe("downloadName", () => {
  it("downloadName stamps the cell number and local time", () => {
    expect(downloadName(2, "parquet", new Date(2024, 0, 5, 9, 3, 7))).toBe("notebook-cell2-20240105-090307.parquet");
  });
});
