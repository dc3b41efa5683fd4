import { describe, expect, it } from "vitest";
import { chooseChart, MAX_BARS } from "../../../src/components/notebook/chartChoice.ts";
import type { ResultColumn } from "../../../src/components/notebook/types.ts";

const col = (name: string, type: ResultColumn["type"]): ResultColumn => ({ name, type });

// Rows shaped like the example queries' results over the seed reports.
const PER_REPORT = [
  { 报告: "济宁经开区以“产业立区、制造强区、特色兴区”", 年份: null, 事实数: 77 },
  { 报告: "济宁高新区书写高质量发展新答卷", 年份: 2024, 事实数: 45 },
  { 报告: "回望2023 济宁高新区高质量发展步履坚实", 年份: 2023, 事实数: 36 },
];
const PER_YEAR = [
  { 年份: 2017, 金额_元: 19_700_000_000 },
  { 年份: 2020, 金额_元: 200_000_000_000 },
  { 年份: 2024, 金额_元: 10_000_000_000 },
];

describe("chooseChart", () => {
  it("chooseChart draws unique categories as bars", () => {
    expect(chooseChart([col("报告", "string"), col("年份", "number"), col("事实数", "number")], PER_REPORT)).toEqual({
      kind: "bar",
      x: "报告",
      y: "事实数",
    });
  });

  it("chooseChart draws one row per year as a line over years", () => {
    expect(chooseChart([col("年份", "number"), col("金额_元", "number")], PER_YEAR)).toEqual({
      kind: "line",
      x: "年份",
      y: "金额_元",
      temporal: "year",
    });
  });

  it("chooseChart draws dates as a line and repeated dates as dots", () => {
    const months = [
      { 月份: new Date("2023-05-01"), 事件数: 3 },
      { 月份: new Date("2023-06-01"), 事件数: 1 },
    ];
    expect(chooseChart([col("月份", "date"), col("事件数", "number")], months)).toMatchObject({ kind: "line", temporal: "date" });
    expect(chooseChart([col("月份", "date"), col("事件数", "number")], [...months, months[0]])).toMatchObject({ kind: "dot" });
  });

  it("chooseChart uses dots for repeated categories and for more than MAX_BARS rows", () => {
    const repeated = [
      { 园区: "济宁高新技术产业开发区", v: 1 },
      { 园区: "济宁高新技术产业开发区", v: 2 },
    ];
    expect(chooseChart([col("园区", "string"), col("v", "number")], repeated)).toEqual({ kind: "dot", x: "园区", y: "v" });
    const many = Array.from({ length: MAX_BARS + 1 }, (_, i) => ({ k: `企业${i}`, v: i }));
    expect(chooseChart([col("k", "string"), col("v", "number")], many)).toMatchObject({ kind: "dot" });
  });

  it("chooseChart does not take offsets or ids as the measure", () => {
    const rows = [{ fact_id: "a-s1-f2", start: 10, end: 16, text: "43.31亿元", value: 4.331e9 }];
    const columns = [col("fact_id", "string"), col("start", "number"), col("end", "number"), col("text", "string"), col("value", "number")];
    expect(chooseChart(columns, rows)).toEqual({ kind: "bar", x: "fact_id", y: "value" });
  });

  it("chooseChart does not take a count that looks like a year for a year", () => {
    const rows = [
      { 类型: "目标", 条数: 2005 },
      { 类型: "实绩", 条数: 2010 },
    ];
    expect(chooseChart([col("类型", "string"), col("条数", "number")], rows)).toEqual({ kind: "bar", x: "类型", y: "条数" });
  });

  it.each([
    ["an empty result", [col("a", "string"), col("n", "number")], [], /结果为空/],
    ["no category or date", [col("n", "number"), col("m", "number")], [{ n: 1, m: 2 }], /没有类别列或日期列/],
    ["no number", [col("a", "string"), col("b", "string")], [{ a: "x", b: "y" }], /没有数值列/],
  ])("chooseChart gives a reason for %s", (_, columns, rows, reason) => {
    const choice = chooseChart(columns as ResultColumn[], rows);
    expect(choice.kind).toBe("none");
    if (choice.kind === "none") expect(choice.reason).toMatch(reason);
  });
});
