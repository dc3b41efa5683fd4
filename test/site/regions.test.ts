// A multi-province corpus through the real pipeline: each report placed in its region, facts carry the
// region, and the overview's summary describes this corpus, not the seeds. Fixtures (test/fixtures/regions/,
// openings of public reports, not in the held-out set): 子洲县二〇二三年国民经济和社会发展统计公报 (子洲县统计局,
// 陕西, 2024, zizhou.gov.cn); 荆楚网(湖北日报网) on 恩施州's people's congress (湖北, 2024, cnhubei.com);
// news on 长沙高新区 and 深圳光明新区 signing a memorandum (湖南/广东, xinnengyuan100.com).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type IngestResult, writeParquet } from "../../data/ingest/index.ts";
import { CORPUS_TABLES, ingestSeeds } from "../../data/site/corpus.ts";
import { writeCorpusDatabase } from "../../data/site/duckdbFile.ts";
import { firstViews } from "../../data/site/firstViews.ts";
import { type Summary, summarize } from "../../data/site/summary.ts";

let result: IngestResult;
let summary: Summary;
beforeAll(async () => {
  result = await ingestSeeds(join(import.meta.dirname, "../fixtures/regions"));
  summary = summarize(result);
});

describe("a multi-province corpus", () => {
  it("names each file from the folder that holds the corpus, not from the working directory", () => {
    expect(result.documents.map((d) => d.file)).toContain("regions/zizhou-2023-bulletin.txt");
    for (const d of result.documents) expect(d.file).toMatch(/^regions\//);
  });

  it("places every report in its own region, with code, level and path", () => {
    const byFile = new Map(result.documents.map((d) => [d.file.split("/").at(-1), d]));
    expect(byFile.get("zizhou-2023-bulletin.txt")).toMatchObject({
      region: "子洲县",
      region_code: "610831",
      region_level: "county",
      region_path: "陕西省/榆林市/子洲县",
    });
    expect(byFile.get("enshi-2024-news.txt")).toMatchObject({
      region: "恩施土家族苗族自治州",
      region_level: "prefecture",
      region_path: "湖北省/恩施土家族苗族自治州",
    });
    // Organized by 深圳市's bodies (named first and most, with its 光明新区), held with 长沙高新区: 深圳市 leads.
    expect(byFile.get("changsha-hitech-news.txt")).toMatchObject({
      region: "深圳市",
      region_level: "prefecture",
      region_path: "广东省/深圳市",
    });
    for (const d of result.documents) expect(d.region_basis).not.toBe("");
  });

  it("gives facts their report's region and code", () => {
    const gdp = result.facts.find((f) => f.text === "98.38亿元");
    expect(gdp).toMatchObject({ region: "子洲县", region_code: "610831", region_path: "陕西省/榆林市/子洲县" });
  });

  it("summarizes this corpus: its regions, labels by rule, no zone of another city", () => {
    expect(summary.kpis.regions).toBe(3);
    expect(new Set(summary.reports.map((r) => r.region_short))).toEqual(new Set(["子洲县", "恩施州", "深圳市"]));
    expect(summary.reports.every((r) => !r.region_path?.includes("济宁"))).toBe(true);
  });

  it("gives every page a first view of this corpus, with nothing of the seeds' place in it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "regions-views-"));
    await writeParquet(result, dir);
    const file = join(dir, "corpus.duckdb");
    await writeCorpusDatabase(dir, CORPUS_TABLES, file);
    const views = await firstViews(file, CORPUS_TABLES);
    const text = Object.fromEntries(views.map((v) => [v.name, new TextDecoder().decode(v.data)]));
    for (const [name, json] of Object.entries(text)) {
      expect(json, name).not.toMatch(/济宁|任城|兖州/);
      expect(json.length, name).toBeGreaterThan(20);
    }
    // The pages that list places name this corpus's own.
    for (const page of ["timeline", "indicators", "entities"])
      expect(Object.entries(text).find(([n]) => n.includes(page))?.[1], page).toMatch(/子洲|恩施|深圳/);
  }, 60_000);
});
