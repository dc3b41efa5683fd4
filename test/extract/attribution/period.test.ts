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

  it("leaves period null when the sentence has none", () => {
    expectFactIn("43个行政村生活污水治理有序实施", "43个", { period: null });
  });
});
