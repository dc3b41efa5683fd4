import { describe, it } from "vitest";
import { expectFactIn, expectNoFacts, expectSingleFact } from "./helpers.ts";

// A change written without digits. Sources: [CCTV2023] 上半年居民消费价格保持基本平稳 (央视网, 2023-07-11);
// [NBS2019] 2019年6月份工业生产者出厂价格同比持平 (国家统计局, 2019-07-11, a traditional-character copy);
// [NBS2023] 2023年12月份工业生产者出厂价格 (国家统计局, 2024-01, a traditional-character copy).

describe("持平 after a year-on-year comparison is a growth of 0", () => {
  it("CPI同比持平 [CCTV2023]", () => {
    expectFactIn("国家统计局今天发布数据显示，6月份，全国居民消费价格指数(CPI)同比持平。", "同比持平", {
      value: 0,
      unit: "percent",
      kind: "growth",
      qualifier: null,
      indicator: "cpi",
    });
  });
  it("in traditional characters, before a digit change [NBS2019]", () => {
    expectFactIn("2019年6月份,全國工業生產者出廠價格同比持平,環比下降0.3%;", "同比持平", { value: 0, kind: "growth" }, 2019);
  });
  it("基本持平 is approximate [CCTV2023 wording]", () => {
    expectSingleFact("全年居民消费价格与上年基本持平。", { text: "与上年基本持平", value: 0, qualifier: "approx" });
  });
  it("a bare 持平 says not against what [CCTV2023, NBS2023]", () => {
    expectNoFacts("居住价格持平。");
    expectNoFacts("黑色金屬材料類價格持平;");
  });
});
