import { describe, it } from "vitest";
import { expectNoFacts } from "../helpers.ts";

describe("set-phrase refiner", () => {
  it.each([
    ["为三次创业注入新动能"],
    ["一次性招引"],
    ["五位一体的服务项目"],
    ["办理中医诊所一件事时"],
    // 赤峰市2025年政府工作报告 (bench/holdout/extract 02): 两件大事 is 内蒙古's name for two tasks, not a tally.
    ["以改革创新精神办好两件大事、抓好“六个工程”"],
  ])("drops the numeral+classifier inside %s", (s) => {
    expectNoFacts(s);
  });
});
