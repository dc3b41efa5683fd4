import { describe, it } from "vitest";
import { expectNoFacts } from "../helpers.ts";

describe("set-phrase refiner", () => {
  it.each([["为三次创业注入新动能"], ["一次性招引"], ["五位一体的服务项目"], ["办理中医诊所一件事时"]])(
    "drops the numeral+classifier inside %s",
    (s) => {
      expectNoFacts(s);
    },
  );
});
