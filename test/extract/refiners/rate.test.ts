import { describe, it } from "vitest";
import { expectFactIn } from "../helpers.ts";

// [Chengcheng] 《直通县市》澄城：10个项目集中开工 总投资10.1亿元 (澄城县融媒体中心, 2022-02-07).
describe("rate refiner: sums per mu", () => {
  it.each([
    ["亩均产值…万元 [Chengcheng]", "建成后亩均产值可达到150万元，亩均税收11万元，带动就业100余人。", "150万元", 1.5e6],
    ["亩均税收…万元 [Chengcheng]", "建成后亩均产值可达到150万元，亩均税收11万元，带动就业100余人。", "11万元", 1.1e5],
  ])("%s", (_label, sentence, text, value) => {
    expectFactIn(sentence, text, { value, unit: "CNY/mu", kind: "ratio" });
  });

  it("a sum in the next clause is no rate [Chengcheng, two clauses of the report joined]", () => {
    expectFactIn("建成后亩均产值可达到150万元，年度计划投资2.66亿元。", "2.66亿元", { value: 2.66e8, unit: "CNY", kind: "amount" });
  });
});
