import { beforeAll, describe, expect, it } from "vitest";
import type { IngestResult } from "../../data/ingest/index.ts";
import { ingestSeeds } from "../../data/site/corpus.ts";
import { headlineRows, LARGEST_COUNT, largestAmounts, type Summary, summarize } from "../../data/site/summary.ts";
import type { FactRow } from "../../data/types.ts";

let result: IngestResult;
let summary: Summary;
beforeAll(async () => {
  result = await ingestSeeds("seeds");
  summary = summarize(result);
});

describe("summarize(ingestSeeds('seeds'))", () => {
  it("has the 经开区 GDP of 43.31亿元 with its growth rate and rank in one headline row", () => {
    const gdp = summary.headline.filter((h) => h.indicator === "地区生产总值" && h.region_short === "济宁经开区");
    expect(gdp).toHaveLength(1);
    expect(gdp[0].amount).toMatchObject({ text: "43.31亿元", value: 4331000000, unit: "CNY", metric: "地区生产总值" });
    expect(gdp[0].growth).toMatchObject({ value: 4.7, unit: "percent" });
    expect(gdp[0].rank).toMatchObject({ value: 2, unit: "rank" });
    expect(gdp[0].period).toBe("上半年");
    // The row links to a fact that exists in the corpus.
    expect(result.facts.some((f) => f.fact_id === gdp[0].amount?.fact_id && f.doc_id === gdp[0].doc_id)).toBe(true);
  });

  it("counts every report, sentence and fact of the ingest result in its KPIs", () => {
    expect(summary.kpis).toMatchObject({
      reports: result.documents.length,
      sentences: result.sentences.length,
      facts: result.facts.length,
      entities: result.entities.length,
      events: result.events.length,
      errors: result.errors.length,
      regions: 2,
    });
    expect(summary.kpis.chars).toBe(result.documents.reduce((s, d) => s + d.chars, 0));
    expect(summary.kpis.years).toEqual([...summary.kpis.years].sort((a, b) => a - b));
  });

  it("lists one report row per document with per-report fact counts that add up", () => {
    expect(summary.reports.map((r) => r.doc_id)).toEqual(result.documents.map((d) => d.doc_id));
    expect(summary.reports.reduce((s, r) => s + r.facts, 0)).toBe(result.facts.length);
    expect(summary.reports.find((r) => r.file.endsWith("004_58c0054395c95171.txt"))).toMatchObject({
      region_short: "济宁高新区",
      region_path: "山东省/济宁市/济宁高新技术产业开发区",
      year: 2023,
    });
  });

  it("groups the corpus by region and year, with cells that add up to every report", () => {
    expect(summary.corpus.reduce((s, c) => s + c.reports, 0)).toBe(result.documents.length);
    expect(summary.corpus.reduce((s, c) => s + c.chars, 0)).toBe(summary.kpis.chars);
    const keys = summary.corpus.map((c) => `${c.region_short}|${c.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("orders the largest amounts by value, once per report and value, each with the words before it", () => {
    const values = summary.largest.map((l) => l.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(summary.largest.length).toBeLessThanOrEqual(LARGEST_COUNT);
    const keys = summary.largest.map((l) => `${l.doc_id}|${l.value}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const l of summary.largest) {
      expect(l.unit).toBe("CNY");
      expect(l.context.endsWith(l.text), l.context).toBe(true);
    }
    expect(summary.largest.some((l) => l.text === "43.31亿元")).toBe(true);
  });

  it("is deterministic and small", () => {
    expect(JSON.stringify(summarize(result))).toBe(JSON.stringify(summary));
    expect(JSON.stringify(summary).length).toBeLessThan(50_000);
  });

  it("throws a TypeError when called without an ingest result", () => {
    expect(() => summarize(undefined as unknown as IngestResult)).toThrow(TypeError);
  });
});

// A fact of the sentence "上半年，实现地区生产总值43.31亿元…" (seeds/000), varied per case.
function fact(over: Partial<FactRow>): FactRow {
  return {
    fact_id: "d-s0-f0",
    doc_id: "d",
    sentence_id: "d-s0",
    start: 10,
    end: 17,
    text: "43.31亿元",
    value: 4331000000,
    value_max: null,
    unit: "CNY",
    unit_text: "亿元",
    classifier: null,
    kind: "amount",
    qualifier: null,
    metric: "地区生产总值",
    period: "上半年",
    is_target: false,
    region: "济宁经济技术开发区",
    region_code: null,
    region_path: "山东省/济宁市/济宁经济技术开发区",
    target_basis: null,
    indicator: "gdp",
    value_low: null,
    value_high: null,
    ref_year: 2023,
    ref_period: "half",
    ref_basis: null,
    ...over,
  };
}

const doc = {
  doc_id: "d",
  region: "济宁经济技术开发区",
  region_code: null,
  region_level: "zone" as const,
  region_path: "山东省/济宁市/济宁经济技术开发区",
  region_basis: "title: 济宁经开区",
  year: 2023,
};

function corpus(sentence: string, facts: FactRow[]) {
  return {
    documents: [
      {
        ...doc,
        file: "x.txt",
        title: "t",
        subtitle: null,
        byline: null,
        year_basis: null,
        kind: null,
        report_year: null,
        report_year_basis: null,
        chars: 0,
        sha256: "",
        text: "",
        format: "txt" as const,
        published: null,
        source: null,
      },
    ],
    sentences: [
      {
        doc_id: "d",
        sentence_id: "d-s0",
        section: null,
        start: 0,
        end: Array.from(sentence).length,
        text: sentence,
        page: null,
        paragraph: null,
      },
    ],
    facts,
  };
}

describe("headlineRows (the indicators page's result cells)", () => {
  // 2026 work reports of 山东, 浙江, 河南, 广东 and 北京 (test/fixtures/indicators/README.md).
  let provinces: IngestResult;
  beforeAll(async () => {
    provinces = await ingestSeeds("test/fixtures/indicators/reports");
  });

  it("puts a 2026 report's review figures in 2025, level and growth in one row (山东: 10.3万亿元, 增长5.5%)", () => {
    const rows = headlineRows(provinces).filter((h) => h.indicator === "地区生产总值" && h.region_short === "山东");
    const row = rows.find((h) => h.year === 2025);
    expect(row?.amount).toMatchObject({ text: "10.3万亿元", unit: "CNY" });
    expect(row?.growth).toMatchObject({ text: "5.5%", unit: "percent" });
  });

  it("shows results only, each the fact the indicators page chose for its cell", () => {
    const rows = headlineRows(provinces);
    expect(rows.length).toBeGreaterThan(10);
    const chosen = new Map(provinces.indicator_values.filter((v) => v.scope === "result").map((v) => [v.fact_id, v]));
    const names = new Map(provinces.indicator_values.map((v) => [v.indicator, v.indicator]));
    for (const h of rows)
      for (const f of [h.amount, h.growth]) {
        if (!f) continue;
        const cell = chosen.get(f.fact_id);
        expect(cell, `${h.indicator} ${f.text}`).toBeDefined();
        expect(f.is_target).toBe(false);
        expect(h.year).toBe(cell!.ref_year);
        expect(names.has(cell!.indicator)).toBe(true);
      }
  });

  it("leaves out figures of other indicators that merely contain the name (人均地区生产总值 is not 地区生产总值)", () => {
    const perCapita = new Set(provinces.facts.filter((f) => f.indicator === "gdp_per_capita").map((f) => f.fact_id));
    expect(perCapita.size).toBeGreaterThan(0);
    for (const h of headlineRows(provinces)) expect(perCapita.has(h.amount?.fact_id ?? "")).toBe(false);
  });
});

describe("largestAmounts", () => {
  it("keeps only CNY amounts and takes context from the sentence", () => {
    const s = "上半年，实现地区生产总值43.31亿元，同比增长4.7%。";
    const rows = largestAmounts(
      corpus(s, [
        fact({ start: 12, end: 19 }),
        fact({ fact_id: "d-s0-f25", kind: "growth", unit: "percent", value: 4.7, text: "4.7%", start: 25, end: 29 }),
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      text: "43.31亿元",
      region_short: "济宁经开区",
      year: 2023,
      context: "上半年，实现地区生产总值43.31亿元",
    });
  });
});
