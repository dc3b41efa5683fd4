import { describe, expect, it } from "vitest";
import { codeColumn, StringCodes } from "../../data/ingest/codes.ts";

describe("StringCodes", () => {
  it("gives repeated values one code each, in order of first appearance", () => {
    const codes = new StringCodes();
    const units = ["亿元", "%", "亿元", "万千瓦", "%", "亿元"];
    expect(units.map((u) => codes.code(u))).toEqual([0, 1, 0, 2, 1, 0]);
    expect(codes.values).toEqual(["亿元", "%", "万千瓦"]);
  });

  it("stops coding a column whose values are mostly distinct (ids), keeping the codes given", () => {
    const codes = new StringCodes();
    const ids = Array.from({ length: 200 }, (_, i) => `45a71b88f5ba59cd-s${i}`);
    const got = ids.map((id) => codes.code(id));
    expect(got.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(got.slice(100)).toEqual(Array(100).fill(-1));
    expect(codes.code(ids[0]!)).toBe(-1);
    expect(codes.values.length).toBeLessThan(100);
  });

  it("counts a value coded for several rows at once (a batch's dictionary) as that many rows", () => {
    // 60 distinct values seen once each, then one seen 1,000 times: a column of few values, still coded.
    const counted = new StringCodes();
    for (let i = 0; i < 60; i++) counted.code(`第${i}项`);
    expect(counted.code("亿元", 1000)).toBe(60);
    expect(counted.code("万元")).toBe(61);
    // The same 60 values and then 亿元, 万元 … once each: all distinct at the probe (64 seen), so the column stops coding.
    const once = new StringCodes();
    for (let i = 0; i < 60; i++) once.code(`第${i}项`);
    expect(["亿元", "万元", "千瓦", "吨", "公顷"].map((u) => once.code(u))).toEqual([60, 61, 62, -1, -1]);
  });

  it("never codes a long value (a sentence)", () => {
    const codes = new StringCodes();
    const sentence =
      "全年实现地区生产总值1234.5亿元，同比增长6.5%，高于全省平均水平0.5个百分点，总量继续保持全市第一位，经济运行稳中向好。";
    expect(sentence.length).toBeGreaterThan(64);
    expect(codes.code(sentence)).toBe(-1);
    expect(codes.code("亿元")).toBe(0);
  });

  it("names the codes' staging column after the text column", () => {
    expect(codeColumn("unit")).toBe("unit#code");
  });
});
