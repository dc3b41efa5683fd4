import { describe, it } from "vitest";
import { expectNoFacts, expectSingleFact } from "../helpers.ts";

describe("range refiner", () => {
  it("merges 3-5万元 into one fact valued at the lower end, at_least", () => {
    expectSingleFact("每户补贴3-5万元", { text: "3-5万元", value: 30000, qualifier: "at_least", unit: "CNY" });
  });

  it("merges 10至20家 the same way", () => {
    expectSingleFact("每年引进10至20家企业", { text: "10至20家", value: 10, qualifier: "at_least" });
  });

  it("leaves model ranges and month ranges alone (6T-50T级, 1-8月)", () => {
    expectNoFacts("引进小松6T-50T级液压挖掘机");
    expectNoFacts("1-8月");
  });
});
