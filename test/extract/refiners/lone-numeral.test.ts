import { describe, it } from "vitest";
import { expectFactIn, expectNoFacts } from "../helpers.ts";

describe("lone-numeral refiner", () => {
  it("drops a lone 一 before a classifier (一批, 一个脚印)", () => {
    expectNoFacts("帮助解决一批初创期、成长期科技型企业融资难题");
    expectNoFacts("高新区将进一步一个脚印走好");
  });

  it("drops a lone 二 (二支渠 is a name; counts use 两)", () => {
    expectNoFacts("蓼源湿地、一支渠、二支渠等支连水系建成通水");
  });

  it("drops a bare magnitude (千人托位数) but keeps the count after it", () => {
    expectFactIn("千人托位数达到5.57个", "5.57个", { value: 5.57, metric: "千人托位数" });
  });

  it("keeps Arabic 1 (1座, 1次) and compound Chinese numerals (一百名)", () => {
    expectFactIn("先后顺利迎接2次国家级和1次省级现场观摩会", "1次", { value: 1 });
    expectFactIn("引进一百名高端人才", "一百名", { value: 100 });
  });
});
