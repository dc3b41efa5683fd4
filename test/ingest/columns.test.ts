import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { interner, packRows, unpackRows } from "../../data/ingest/columns.ts";
import { processDocument } from "../../data/ingest/index.ts";
import { SEED_FILES, seedBytes } from "../fixtures/seeds.ts";

describe("packRows / unpackRows", () => {
  it("unpackRows(packRows(facts)) equals the facts of every seed after a structured clone, keys in the same order", () => {
    for (const file of SEED_FILES) {
      const result = processDocument(file, seedBytes(file));
      if (!result.ok) throw new Error(`${file} failed`);
      const packed = packRows(result.facts)!;
      const back = unpackRows<object>(v8.deserialize(v8.serialize(packed)), interner());
      expect(back).toEqual(result.facts);
      expect(back.map(Object.keys)).toEqual(result.facts.map(Object.keys));
    }
  });

  it("packRows keeps null and undefined apart, and leaves numbers, lists and mostly distinct strings as they are", () => {
    const rows = [
      { id: "a1", unit: "亿元", note: null, n: 1, list: ["x"] },
      { id: "a2", unit: "亿元", note: undefined, n: 2.5, list: [] },
      { id: "a3", unit: null, note: "同比", n: -3, list: ["y", "z"] },
      { id: "a4", unit: "亿元", note: "同比", n: 0, list: [] },
    ];
    const packed = packRows(rows)!;
    expect(packed.columns.map((c) => ("codes" in c ? "dictionary" : "values"))).toEqual([
      "values",
      "dictionary",
      "dictionary",
      "values",
      "values",
    ]);
    expect(unpackRows(v8.deserialize(v8.serialize(packed)), interner())).toEqual(rows);
  });

  it("packRows gives null for rows of different shapes, and packs no rows as no columns", () => {
    expect(packRows([{ a: 1 }, { b: 1 }])).toBeNull();
    expect(
      packRows([
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ]),
    ).toBeNull();
    expect(unpackRows(packRows([])!, interner())).toEqual([]);
  });
});
