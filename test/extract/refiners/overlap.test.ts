import { describe, expect, it } from "vitest";
import { explainFacts } from "../../../data/extract/index.ts";
import { expectSingleFact } from "../helpers.ts";

describe("overlap refiner", () => {
  it("keeps 24个百分点 over the count 24个", () => {
    expectSingleFact("超全市平均水平24个百分点", { text: "24个百分点", unit: "pp" });
  });

  it("keeps 200公里每小时 over 200公里 and records nothing removed when the regex already chose", () => {
    const trace = explainFacts("巡航速度200公里每小时", { year: null });
    expect(trace.facts.map((f) => f.text)).toEqual(["200公里每小时"]);
  });

  it("keeps 1000人以上 (count) and not the bare number", () => {
    expectSingleFact("能带动周边就业1000人以上", { text: "1000人以上", kind: "count" });
  });
});
