import { describe, expect, it } from "vitest";
import { ingest, TABLES } from "../../data/ingest/index.ts";
import { SEED_PATHS, SEEDS_DIR } from "../fixtures/seeds.ts";

describe("TABLES", () => {
  it("TABLES lists the nine tables, each column once", () => {
    expect(TABLES.map((t) => t.name)).toEqual([
      "documents",
      "sentences",
      "facts",
      "entities",
      "mentions",
      "events",
      "errors",
      "indicator_values",
      "target_ledger",
    ]);
    for (const t of TABLES) expect(new Set(t.columns.map(([name]) => name)).size).toBe(t.columns.length);
  });

  it("TABLES covers every field of the rows ingest produces", async () => {
    const result = await ingest(SEED_PATHS, { root: SEEDS_DIR });
    for (const t of TABLES) {
      const row = result[t.name][0];
      if (!row) continue;
      expect(t.columns.map(([name]) => name).sort()).toEqual(Object.keys(row).sort());
    }
  });
});
