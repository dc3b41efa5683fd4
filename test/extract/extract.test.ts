import { describe, expect, it } from "vitest";
import { explainFacts, extractFacts, formatTrace } from "../../data/extract/index.ts";
import { expectFacts } from "./helpers.ts";

// The example from the brief, split at ； as the pipeline splits it.
const FIRST = "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位";
const SECOND = "1-8月份，完成一般公共预算收入2.6亿元，其中税收收入1.8亿元";

describe("extractFacts(sentence, {year})", () => {
  it("reads GDP, its growth and its rank, all with metric 地区生产总值 and period 上半年", () => {
    expectFacts(FIRST, [
      {
        text: "43.31亿元",
        kind: "amount",
        value: 4331000000,
        unit: "CNY",
        unit_text: "亿元",
        metric: "地区生产总值",
        period: "上半年",
        is_target: false,
      },
      { text: "4.7%", kind: "growth", value: 4.7, unit: "percent", unit_text: "%", metric: "地区生产总值", period: "上半年" },
      { text: "第2位", kind: "rank", value: 2, unit: "rank", metric: "地区生产总值" },
    ]);
  });

  it("reads budget revenue and tax revenue with period 1-8月份", () => {
    expectFacts(SECOND, [
      { text: "2.6亿元", value: 260000000, metric: "一般公共预算收入", period: "1-8月份", is_target: false },
      { text: "1.8亿元", value: 180000000, metric: "税收收入", period: "1-8月份" },
    ]);
  });

  it("returns offsets into the sentence, text equal to the slice, sorted by start", () => {
    const s =
      "扎实推进产学研合作，51家攀登企业与高校院所建立产学研合作关系、实现全覆盖，其中高层次高校院所19家，覆盖率37%，中科伺易、中科泰阳获山东产研院“院长创新奖”";
    const facts = extractFacts(s, { year: 2023 });
    expect(facts.length).toBe(3);
    for (const f of facts) expect(s.slice(f.start, f.end)).toBe(f.text);
    expect(facts.map((f) => f.start)).toEqual([...facts.map((f) => f.start)].sort((a, b) => a - b));
  });

  it("matches full-width digits and ％ with offsets unchanged", () => {
    const facts = expectFacts("上半年，实现地区生产总值４３.３１亿元，增长４.７％，全市第２位", [
      { text: "４３.３１亿元", value: 4331000000 },
      { text: "４.７％", value: 4.7, kind: "growth" },
      { text: "第２位", value: 2 },
    ]);
    expect(facts[0]!.start).toBe(12);
  });

  it("is deterministic: the same input gives the same output", () => {
    expect(extractFacts(FIRST, { year: 2023 })).toEqual(extractFacts(FIRST, { year: 2023 }));
  });

  it("returns nothing for an empty sentence", () => {
    expect(extractFacts("", { year: null })).toEqual([]);
  });

  it("throws TypeError on a non-string sentence or a missing context", () => {
    expect(() => extractFacts(42 as unknown as string, { year: null })).toThrow(TypeError);
    expect(() => extractFacts(FIRST, undefined as unknown as { year: null })).toThrow(TypeError);
  });
});

describe("explainFacts / formatTrace", () => {
  it("records which extractor matched, which refiner removed what, and the attribution", () => {
    // Since round 6, 24个百分点 no longer yields a count candidate 24个 for the overlap refiner to remove; the
    // named-capacity refiner shows a removal instead (苏报, 吴江开发区 2025, bench/holdout/facts5 c3).
    const trace = explainFacts("带动全区1-8月固定资产投资增长7.7%，超全市平均水平24个百分点", { year: null });
    const text = formatTrace(trace);
    expect(text).toContain("match   points   ok   [28,34) 24个百分点");
    expect(text).toMatch(/attrib {2}24个百分点 kind=growth metric=固定资产投资 period=1-8月/);
    expect(trace.facts.map((f) => f.text)).toEqual(["7.7%", "24个百分点"]);
    const named = formatTrace(explainFacts("两个超50亿元项目，迈为年产40条异质结电池整线设备项目竣工投产", { year: null }));
    expect(named).toContain("match   count    ok   [14,17) 40条");
    expect(named).toContain("refine  named-capacity: -[count:40条@14]");
  });

  it("extractFacts returns exactly explainFacts(...).facts (it only skips the trace)", () => {
    const sentences = [
      "带动全区1-8月固定资产投资增长7.7%，超全市平均水平24个百分点",
      "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位",
      "“300米见绿、500米见园”",
    ];
    for (const sentence of sentences) {
      expect(extractFacts(sentence, { year: 2023 })).toEqual(explainFacts(sentence, { year: 2023 }).facts);
    }
  });
});
