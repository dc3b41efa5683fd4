import { describe, expect, it } from "vitest";
import { quotedSpans } from "../../../data/extract/refiners/quoted.ts";
import { expectFactIn, expectFacts, expectNoFacts } from "../helpers.ts";

describe("quotedSpans(text)", () => {
  it("finds “”, 《》 and nested ‘’ pairs", () => {
    expect(quotedSpans("入选“全市下半年‘十佳’产业项目”")).toEqual([
      [8, 11],
      [2, 16],
    ]);
    expect(quotedSpans("出台《方案》")).toEqual([[2, 5]]);
  });

  it("ignores an unbalanced quote", () => {
    expect(quotedSpans("营造“安")).toEqual([]);
  });
});

describe("quoted refiner", () => {
  it("drops numbers inside quoted slogans (“300米见绿、500米见园”, “三公里”)", () => {
    expectNoFacts("进一步推进市民出门“300米见绿、500米见园”");
    expectNoFacts("全力扩大就业 打造“三公里”就业圈");
  });

  it("drops numbers inside 《》 titles", () => {
    expectNoFacts("在全市率先出台《济宁高新区促进3岁以下婴幼儿照护服务发展的实施方案》,为托育工作提供强力保障");
  });

  it("keeps the number right after a quote (打造“红色物业”10处)", () => {
    expectFactIn("打造“红色物业”10处", "10处", { value: 10 });
    expectFacts("新增省级以上“两化融合企业”5家", [{ text: "5家", metric: "省级以上“两化融合企业”" }]);
  });
});
