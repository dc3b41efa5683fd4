// The function names completion offers: read from DuckDB's catalog once per DuckDB version, then kept,
// because reading the catalog keeps the shared database busy for up to a second on every visit.
import * as arrow from "apache-arrow";
import { describe, expect, it } from "vitest";
import { loadFunctions } from "../../../src/components/notebook/schema.ts";

function fakeClient(version: string, functions: string[]) {
  const sent: string[] = [];
  return {
    sent,
    async query(sql: string) {
      sent.push(sql);
      if (sql.includes("pragma_version")) return arrow.tableFromJSON([{ v: version }]);
      if (sql.includes("duckdb_functions")) return arrow.tableFromJSON(functions.map((name) => ({ name })));
      throw new Error(`unexpected ${sql}`);
    },
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe("loadFunctions", () => {
  it("reads the catalog once per DuckDB version and answers later visits from storage", async () => {
    const storage = memoryStorage();
    const first = fakeClient("v1.1.1", ["abs", "date_trunc"]);
    expect(await loadFunctions(first, storage)).toEqual(["abs", "date_trunc"]);
    const again = fakeClient("v1.1.1", ["never read"]);
    expect(await loadFunctions(again, storage)).toEqual(["abs", "date_trunc"]);
    expect(again.sent.some((s) => s.includes("duckdb_functions"))).toBe(false);
    // Another DuckDB version has other functions: the catalog is read again.
    const upgraded = fakeClient("v1.2.0", ["abs", "date_trunc", "list_reduce"]);
    expect(await loadFunctions(upgraded, storage)).toEqual(["abs", "date_trunc", "list_reduce"]);
  });

  it("reads the catalog every time without storage, and gives no names when DuckDB fails", async () => {
    const client = fakeClient("v1.1.1", ["abs"]);
    expect(await loadFunctions(client)).toEqual(["abs"]);
    expect(await loadFunctions({ query: async () => Promise.reject(new Error("worker gone")) })).toEqual([]);
  });
});
