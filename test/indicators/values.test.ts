// indicator_values and target_ledger over small documents built from real sentence forms: 浙江's 2026
// target list (test/fixtures/indicators/README.md) and a bulletin line in the national bulletin's words.
import { describe, expect, it } from "vitest";
import { deriveIndicatorTables } from "../../data/indicators/derive.ts";
import { targetLedger } from "../../data/indicators/ledger.ts";
import { factRegion } from "../../data/indicators/region.ts";
import { processDocument } from "../../data/ingest/process.ts";
import type { DocumentRow, FactRow, IndicatorValueRow } from "../../data/types.ts";

function ingest(files: Record<string, string>): { documents: DocumentRow[]; facts: FactRow[] } {
  const documents: DocumentRow[] = [];
  const facts: FactRow[] = [];
  for (const [file, text] of Object.entries(files)) {
    const r = processDocument(file, new TextEncoder().encode(text));
    if (!r.ok) throw new Error(r.error.message);
    documents.push(r.document);
    facts.push(...r.facts);
  }
  return { documents, facts };
}

const PLAN = [
  "2026年浙江省政府工作报告",
  "三、2026年重点工作",
  "综合考虑各方面因素，今年经济社会发展主要预期目标为：全省生产总值增长5%—5.5%，在实际工作中努力争取更好结果；城镇调查失业率5%以内；居民消费价格涨幅2%左右。",
  "做好重点群体就业工作，确保城镇新增就业100万人以上。城镇新增就业100万人以上。",
].join("\n");
const BULLETIN =
  "浙江省2026年国民经济和社会发展统计公报\n初步核算，全年全省生产总值增长5.2%。全年城镇调查失业率平均值为4.6%，居民消费价格比上年上涨2.4%。";

describe("indicator_values", () => {
  const { documents, facts } = ingest({ "a.txt": PLAN, "b.txt": BULLETIN });

  it("without a region, keeps one table per document (two unknown places are never merged)", () => {
    const noPlace = { region: null, region_code: null, region_path: null };
    const unplacedDocs = documents.map((d) => ({ ...d, ...noPlace, region_level: null }));
    const unplacedFacts = facts.map((f) => ({ ...f, ...noPlace }));
    const rows = deriveIndicatorTables(unplacedDocs, unplacedFacts).indicator_values;
    expect(rows.every((r) => r.region === null)).toBe(true);
    expect(new Set(rows.map((r) => r.doc_id)).size).toBe(2);
    expect(deriveIndicatorTables(unplacedDocs, unplacedFacts).target_ledger).toEqual([]);
  });

  it("with the regions inferred from the reports (浙江省), both reports fill one region's table", () => {
    const rows = deriveIndicatorTables(documents, facts).indicator_values;
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(["浙江省"]));
  });

  it("one row per cell, the range as one alternative, the repeated figure as an alternative", () => {
    const rows = deriveIndicatorTables(documents, facts, () => "浙江省").indicator_values;
    const cell = (indicator: string, scope: string) => rows.filter((r) => r.indicator === indicator && r.scope === scope);
    const gdp = cell("gdp", "target");
    expect(gdp.map((r) => [r.ref_year, r.value, r.value_low, r.value_high, r.alternatives])).toEqual([[2026, 5, 5, 5.5, 0]]);
    const jobs = cell("urban_jobs", "target")[0]!;
    expect([jobs.value, jobs.alternatives, jobs.alternative_ids.length]).toEqual([1_000_000, 1, 1]);
    expect(cell("unemployment_rate", "target")[0]?.qualifier).toBe("at_most");
    const byKey = new Set(rows.map((r) => `${r.region}/${r.indicator}/${r.measure}/${r.ref_year}/${r.scope}`));
    expect(byKey.size).toBe(rows.length);
  });

  it("the ledger sets each target beside the result for its year: floors and ceilings", () => {
    const { target_ledger } = deriveIndicatorTables(documents, facts, () => "浙江省");
    const row = (indicator: string) => target_ledger.find((r) => r.indicator === indicator)!;
    expect([row("gdp").result_value, row("gdp").gap, row("gdp").met]).toEqual([5.2, 0.2, true]);
    expect([row("unemployment_rate").result_value, row("unemployment_rate").met]).toEqual([4.6, true]);
    expect([row("cpi").result_value, row("cpi").met]).toEqual([2.4, false]);
    expect([row("urban_jobs").result_value, row("urban_jobs").met]).toEqual([null, null]);
  });
});

describe("indicator_values units", () => {
  // 黑龙江省 2026 work report (review and target list) and 青海省 2026 (grain in 万吨): one unit per indicator.
  const { documents, facts } = ingest({
    "hlj.txt": [
      "2026年黑龙江省政府工作报告",
      "一、2025年工作回顾",
      "全省地区生产总值增长4.2%，粮食总产量1640.06亿斤，城镇新增就业35.8万人。",
      "二、2026年工作安排",
      "今年全省经济社会发展主要预期目标是：地区生产总值增长4.5-5%，粮食产量1600亿斤以上，城镇新增就业30万人以上。",
    ].join("\n"),
  });
  const rows = deriveIndicatorTables(documents, facts, () => "黑龙江省").indicator_values;

  it("gives grain in tonnes whether the report writes 亿斤 or 万吨, the words kept as written", () => {
    const grain = rows.filter((r) => r.indicator === "grain_output").map((r) => [r.scope, r.ref_year, r.value, r.unit, r.text]);
    expect(grain).toEqual([
      ["result", 2025, 82_003_000, "t", "1640.06亿斤"],
      ["target", 2026, 80_000_000, "t", "1600亿斤以上"],
    ]);
    expect(rows.find((r) => r.indicator === "grain_output")?.basis).toContain("1 t = 2000 斤");
  });
});

describe("targetLedger", () => {
  const base: IndicatorValueRow = {
    region: "甲省",
    indicator: "gdp",
    measure: "growth",
    ref_year: 2025,
    ref_period: "year",
    period: null,
    scope: "target",
    fact_id: "t",
    doc_id: "d1",
    sentence_id: "s",
    value: 5,
    value_low: null,
    value_high: null,
    unit: "percent",
    qualifier: "approx",
    text: "5%左右",
    alternatives: 0,
    alternative_ids: [],
    basis: "",
  };
  it("does not meet a target from the target's own document, nor across units", () => {
    const same = { ...base, scope: "result" as const, fact_id: "r", value: 6 };
    expect(targetLedger([base, same])[0]?.met).toBeNull();
    const other = { ...same, doc_id: "d2", unit: "pp" };
    expect(targetLedger([base, other])[0]?.met).toBeNull();
    expect(targetLedger([base, { ...same, doc_id: "d2", value: 4.9 }])[0]).toMatchObject({ met: false, gap: -0.1 });
  });
});

describe("factRegion", () => {
  it("reads the fact's region, else the document's, else null", () => {
    const doc = { region: "山东省" } as unknown as DocumentRow;
    expect(factRegion({} as FactRow, doc)).toBe("山东省");
    expect(factRegion({ region: "济南市" } as unknown as FactRow, doc)).toBe("济南市");
    expect(factRegion({} as FactRow, {} as DocumentRow)).toBeNull();
  });
});

// 晋中市2024年统计公报 (晋中日报, 2025-04-04; in bench/holdout/indicators2) and 2024年东阳市统计公报 (东阳市统计局,
// 2025-03-31): per-capita GDP in 元 with its conversion to 美元, and by registered and resident population.
describe("a cell's unit and population", () => {
  it.each([
    [
      "晋中市2024年国民经济和社会发展统计公报\n初步核算,全年全市地区生产总值2458.8亿元,按不变价格计算,比上年增长2.3%。人均地区生产总值73232元,按2024年平均汇率计算为10283美元。",
      73_232,
    ],
    [
      "2024年东阳市国民经济和社会发展统计公报\n初步核算,2024年全市地区生产总值875.14亿元,按可比价计算,比上年增长5.4%。按户籍人口计算,全市人均生产总值103007元(按年平均汇率折14464美元),比上年增长5.5%。按常住人口计算,全市人均生产总值79995元,比上年增长5.1%。",
      79_995,
    ],
  ] as const)("%#", (text, value) => {
    const { documents, facts } = ingest({ "a.txt": text });
    const rows = deriveIndicatorTables(documents, facts).indicator_values.filter(
      (r) => r.indicator === "gdp_per_capita" && r.measure === "level",
    );
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[value, "CNY"]]);
  });
});
