import { describe, expect, it } from "vitest";
import { lexiconMetricBefore } from "../../../data/extract/attribution/metric.ts";
import { expectFactIn, expectFacts } from "../helpers.ts";

describe("lexiconMetricBefore(view, from, end)", () => {
  it("prefers the longest term ending nearest the number", () => {
    const v = "完成一般公共预算收入2.6亿元";
    expect(lexiconMetricBefore(v, 0, v.indexOf("2.6"))).toBe("一般公共预算收入");
  });
});

describe("metric attribution", () => {
  it("gives growth and rank the metric of the amount before them", () => {
    expectFacts("上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位", [
      { metric: "地区生产总值" },
      { metric: "地区生产总值" },
      { metric: "地区生产总值" },
    ]);
  });

  it("gives each amount its own metric in enumerations (到位资金…、完成实物工作量…)", () => {
    const s = "上半年新签约亿元以上产业项目17个，到位资金25.8亿元、完成实物工作量11.7亿元";
    expectFactIn(s, "25.8亿元", { metric: "到位资金", period: "上半年" });
    expectFactIn(s, "11.7亿元", { metric: "实物工作量" });
  });

  it("gives 其中税收收入 its own metric", () => {
    expectFactIn("1-8月份，完成一般公共预算收入2.6亿元，其中税收收入1.8亿元", "1.8亿元", { metric: "税收收入" });
  });

  it("inherits the previous amount's metric for a growth after 、 (教育投入…1.5亿元、增长4.74%)", () => {
    expectFactIn("预计教育投入预算执行1.5亿元、增长4.74%", "4.74%", { metric: "教育投入", kind: "growth" });
  });

  it("does not let a project rank inherit a count's noun", () => {
    expectFactIn("3个项目入选全市上半年十佳招商引资项目,其中,凯登绿色制浆装备与集成供应链全球制造中心项目位居第二名", "第二名", {
      metric: null,
    });
  });
});
