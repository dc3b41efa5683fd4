import { describe, it } from "vitest";
import { expectFactIn, expectSingleFact } from "./helpers.ts";

describe("points extractor", () => {
  it("reads 个百分点 as pp growth, not as a count of 个", () => {
    expectFactIn("带动全区1-8月固定资产投资增长7.7%，超全市平均水平24个百分点", "24个百分点", {
      kind: "growth",
      value: 24,
      unit: "pp",
      unit_text: "个百分点",
      metric: "固定资产投资",
      qualifier: null,
    });
  });

  it("makes a drop in percentage points negative", () => {
    expectSingleFact("负债率下降2个百分点", { value: -2, unit: "pp" });
  });
});
