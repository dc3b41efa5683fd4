// The possible misses of the data-quality page, asked of DuckDB as the build does. Sentences from
// bench/holdout/indicators3 (云南省2026年政府工作报告's opening lines) and seeds/000.
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { qualityView } from "../../src/queries/quality.ts";
import type { QuerySource } from "../../src/queries/source.ts";

const SENTENCES = [
  ["s1", "2026年政府工作报告"],
  ["s2", "2026-02-03 09:02:33"],
  ["s3", "——2026年1月28日在云南省第十四届人民代表大会第四次会议上"],
  ["s4", "1-8月份，完成一般公共预算收入2.6亿元"],
  ["s5", "全省规模以上工业企业达到5000家"],
  ["s6", "2023年5月12日，项目签约，总投资30亿元"],
];

let instance: DuckDBInstance;
let source: QuerySource;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  const c = await instance.connect();
  await c.run(`create table documents as select 'd' as doc_id, 'a.txt' as file, 't' as title, null::VARCHAR as region,
    null::VARCHAR as region_basis, 2026 as year, 100 as chars`);
  await c.run(`create table sentences (doc_id VARCHAR, sentence_id VARCHAR, section VARCHAR, text VARCHAR, start INTEGER)`);
  for (const [i, [id, text]] of SENTENCES.entries()) await c.run(`insert into sentences values ('d', '${id}', null, '${text}', ${i})`);
  // s4 has its fact; s5 and s6 have none (s6's event is its date only).
  await c.run("create table facts as select 'd' as doc_id, 's4' as sentence_id");
  await c.run("create table mentions (doc_id VARCHAR, entity_id VARCHAR)");
  await c.run("create table events as select 'd' as doc_id, 's6' as sentence_id");
  await c.run("create table errors (file VARCHAR, stage VARCHAR, message VARCHAR)");
  source = { rows: async (sql) => (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[] };
});
afterAll(() => instance?.closeSync());

describe("qualityView: sentences with digits and no fact", () => {
  it("lists digits outside dates and clock times, not a title's year, a time stamp or a dateline", async () => {
    const { misses } = await qualityView(source);
    expect(misses.map((m) => [m.sentence_id, m.has_event])).toEqual([
      ["s5", false],
      ["s6", true],
    ]);
  });
});
