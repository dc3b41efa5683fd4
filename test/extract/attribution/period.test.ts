import { describe, expect, it } from "vitest";
import { findPeriods } from "../../../data/extract/attribution/period.ts";
import { expectFactIn } from "../helpers.ts";

describe("findPeriods(view)", () => {
  it.each([
    ["上半年，实现", "上半年"],
    ["1-8月份，完成", "1-8月份"],
    ["截至2023年12月底,全区", "截至2023年12月底"],
    ["2023年10月15日,济宁", "2023年10月15日"],
    ["三年内将形成", "三年内"],
    ["今年以来全市唯一", "今年以来"],
    ["在2024年下半年济宁市", "2024年下半年"],
  ])("finds the period in %s", (view, text) => {
    const [p] = findPeriods(view);
    expect(view.slice(p!.start, p!.end)).toBe(text);
  });
});

describe("period attribution", () => {
  it("takes the nearest period before the fact", () => {
    const s = "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位";
    expectFactIn(s, "43.31亿元", { period: "上半年" });
    expectFactIn("带动全区1-8月固定资产投资增长7.7%", "7.7%", { period: "1-8月" });
    expectFactIn("截至2023年12月底,全区备案托育机构36家,托位1865个", "1865个", { period: "截至2023年12月底" });
  });

  it("dates only the start of a change with a period after 从 (广西 2026 work report)", () => {
    const s = "城镇新增就业42.3万人，年末城镇调查失业率从上半年5.5%降到5.3%。";
    expectFactIn(s, "5.5%", { period: "上半年" });
    expectFactIn(s, "5.3%", { period: null });
    // …a period not after 从 still reaches a later figure (浙江 2026: 从2020年的10.5万元提高到2025年的14万元左右).
    expectFactIn("人均生产总值从2020年的10.5万元提高到2025年的14万元左右。", "14万元左右", { period: "2025年" });
  });

  it("leaves period null when the sentence has none", () => {
    expectFactIn("43个行政村生活污水治理有序实施", "43个", { period: null });
  });
});

describe("period attribution stops at a ；/; clause-group break", () => {
  const s =
    "以小松、长城、山推等领航型企业为牵引,带动国内外19家配套企业落地,三年内将形成千亿元以上规模;以鲁抗、辰欣等国内一流药企为龙头,打造鲁南医药健康产业集聚区,已吸引200余家医药全产业链企业集聚";
  it("extractFacts keeps the period inside its clause group (三年内…千亿元以上)", () => {
    expectFactIn(s, "千亿元以上", { period: "三年内" });
  });

  it.each([
    ["ASCII ;", s, "200余家"],
    ["full-width ；", s.replace(";", "；"), "200余家"],
  ])("extractFacts does not carry a period past an %s", (_what, sentence, text) => {
    expectFactIn(sentence, text, { period: null });
  });

  it("extractFacts takes a new period after the break (…产业项目;在2024年下半年…第二名)", () => {
    const two =
      "综合排名位居全市第一名,参与观摩的3个产业项目全部入选“十佳”产业项目;在2024年下半年济宁市绿色低碳高质量发展现场推进会观摩评比中,综合排名位居全市第二名";
    expectFactIn(two, "第二名", { period: "2024年下半年" });
    expectFactIn(`上半年,${two}`, "3个", { period: "上半年" });
  });
});
