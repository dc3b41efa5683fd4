import { describe, it } from "vitest";
import { expectFactIn, expectSingleFact } from "./helpers.ts";

describe("rank extractor", () => {
  it.each([
    ["位列全市第2位", "第2位", 2, "位"],
    ["济宁高新区综合成绩位居全市第一名", "第一名", 1, "名"],
    ["海富光学智能终端产业园项目位居第四名", "第四名", 4, "名"],
    ["艾美科健康泰拉毒素产业化项目位居第八名", "第八名", 8, "名"],
  ] as const)("reads %s → %s = %d", (sentence, text, value, unit_text) => {
    expectSingleFact(sentence, { text, kind: "rank", value, unit: "rank", unit_text, classifier: null });
  });

  it("gives a rank the metric of its clause (固定资产投资增长7.7%，位列全市第2位)", () => {
    expectFactIn("固定资产投资增长7.7%，位列全市第2位", "第2位", { metric: "固定资产投资" });
  });

  it("gives 综合排名 as metric when the sentence says so", () => {
    expectFactIn("在全市上半年绿色低碳高质量发展重点项目现场观摩中,综合排名位居全市第一名", "第一名", {
      metric: "综合排名",
      period: "上半年",
    });
  });
});
