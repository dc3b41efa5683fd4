// The entity pages' build-time data must say what the SQL the pages used to run says.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { ingest, writeParquet } from "../../data/ingest/index.ts";
import { entityData } from "../../data/site/entityData.ts";
import { SEED_PATHS, SEEDS_DIR } from "../fixtures/seeds.ts";

describe("entityData", () => {
  it("gives every entity the mentions, events and neighbours that SQL over the Parquet tables gives", async () => {
    const result = await ingest(SEED_PATHS, { root: SEEDS_DIR });
    const dir = mkdtempSync(join(tmpdir(), "entity-data-"));
    await writeParquet(result, dir);
    const db = await (await DuckDBInstance.create(":memory:")).connect();
    for (const t of ["documents", "sentences", "mentions", "entities", "events"])
      await db.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
    const rows = async (sql: string, id: string) => (await db.runAndReadAll(sql, [id])).getRowObjectsJson() as Record<string, unknown>[];
    const pages = entityData(result);
    expect(pages.map((p) => p.entity.entity_id)).toEqual(result.entities.map((e) => e.entity_id));
    // The most mentioned entities and a sample of the rest.
    const sample = [...pages].sort((a, b) => b.entity.mentions - a.entity.mentions).filter((_, i) => i < 8 || i % 17 === 0);
    for (const page of sample) {
      const id = page.entity.entity_id;
      const mentions = await rows(
        `select m.doc_id, m.start from mentions m join documents d on d.doc_id = m.doc_id
          where m.entity_id = ? order by d.year nulls last, m.doc_id, m.start`,
        id,
      );
      expect(page.mentions.map((m) => [m.doc_id, m.start])).toEqual(mentions.map((m) => [m.doc_id, m.start]));
      for (const m of page.mentions) expect([...m.sentence].slice(m.start - m.s_start, m.end - m.s_start).join("")).toBe(m.text);
      const events = await rows(
        "select e.event_id from events e where list_contains(e.entity_ids, ?) order by e.date nulls last, e.doc_id, e.start",
        id,
      );
      expect(page.events.map((e) => e.event_id)).toEqual(events.map((e) => e.event_id));
      const neighbours = await rows(
        `select b.entity_id, en.name, count(distinct a.sentence_id)::INTEGER as shared
          from mentions a join mentions b on a.sentence_id = b.sentence_id and b.entity_id <> a.entity_id
          join entities en on en.entity_id = b.entity_id
          where a.entity_id = ? group by all order by shared desc, en.name, b.entity_id limit 40`,
        id,
      );
      expect(page.neighbours.map((n) => [n.entity_id, n.shared])).toEqual(neighbours.map((n) => [n.entity_id, n.shared]));
    }
    db.closeSync();
  });
});
