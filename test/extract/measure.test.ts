import { describe, it } from "vitest";
import { expectFactIn, expectFacts, expectSingleFact } from "./helpers.ts";

describe("measure extractor", () => {
  it.each([
    ["帮助7家企业解决土地244.359亩", "244.359亩", 244.359, "mu"],
    ["提速1.2万亩的产业集聚区建设", "1.2万亩", 12000, "mu"],
    ["高标准建设70万平方米标准化厂房", "70万平方米", 700000, "m2"],
    ["启动10个园区、40万平米的提升改造工程", "40万平米", 400000, "m2"],
    ["新增水系27公里", "27公里", 27, "km"],
    ["纯电最大航程250公里", "250公里", 250, "km"],
  ] as const)("reads %s → %s", (sentence, text, value, unit) => {
    expectFactIn(sentence, text, { kind: "measure", value, unit });
  });

  it("reads 900马力 (hp) and 106吨 (t) in one sentence", () => {
    expectFacts("特别是900马力推土机整车重量达到106吨", [
      { text: "900马力", unit: "hp", value: 900 },
      { text: "106吨", unit: "t", value: 106, metric: "整车重量" },
    ]);
  });

  it("prefers 公里每小时 (km/h) over 公里", () => {
    expectSingleFact("巡航速度200公里每小时", { text: "200公里每小时", unit: "km/h", value: 200, metric: "巡航速度" });
  });

  it("reads 千米 as kilometres, not as a magnitude before 米", () => {
    expectSingleFact("新建绿道5千米", { text: "5千米", unit: "km", value: 5 });
  });
});
