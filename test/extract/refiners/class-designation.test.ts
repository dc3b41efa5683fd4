import { describe, it } from "vitest";
import { expectFactIn, expectNoFacts } from "../helpers.ts";

describe("class-designation refiner", () => {
  it("drops measures followed by 级 (2吨级, 百吨级)", () => {
    expectNoFacts("创造2吨级全球航程纪录");
    expectNoFacts("HD百吨级重卡生产线");
  });

  it("keeps the measure in the same sentence that is not a class", () => {
    expectFactIn("2023年2月,顶峰盛世龙单次航程250.3公里,创造2吨级全球航程纪录", "250.3公里", { value: 250.3, period: "2023年2月" });
  });
});
