// The duration extractor (issue 14 item 2, round 4). Source: [Yunnan-2026] 云南省2026年政府工作报告.
import { describe, it } from "vitest";
import { expectFactIn, expectNoFacts } from "./helpers.ts";

describe("average durations in days", () => {
  it("平均…天 is a measure in days; a bound before a class and a plan's duration are not [Yunnan-2026]", () => {
    expectFactIn("2025年旅居人数超550万、平均居住83天。", "83天", { kind: "measure", unit: "day", value: 83 });
    expectNoFacts("平均居住83天以上的人员");
    expectNoFacts("项目计划工期180天");
  });
});
