import { describe, it } from "vitest";
import { expectFactIn, expectFacts, expectSingleFact } from "./helpers.ts";

describe("percent extractor", () => {
  it("classifies 增长 x% as growth", () => {
    expectSingleFact("规上工业增加值增长12%，位列全市第2位".split("，")[0]!, { text: "12%", kind: "growth", value: 12, unit: "percent" });
  });

  it("classifies 占 x% as share", () => {
    expectFactIn("集聚规模以上工业企业61家，占60%，营业收入54.77亿元，占67.26%", "67.26%", {
      kind: "share",
      value: 67.26,
      metric: "营业收入",
    });
  });

  it("classifies 完成年度投资计划的 x% as ratio", () => {
    expectFactIn("8个省重点项目完成年度投资计划的95.22%", "95.22%", { kind: "ratio", value: 95.22 });
  });

  it("classifies 覆盖率 and 完成率 as ratio", () => {
    expectFactIn("其中高层次高校院所19家，覆盖率37%", "37%", { kind: "ratio", metric: "覆盖率" });
    expectFactIn("新增3岁以下婴幼儿托位90个，全年任务完成率55.6%", "55.6%", { kind: "ratio", metric: "完成率", period: "全年" });
  });

  it("classifies 比例达到 x% as share", () => {
    expectFactIn("原则上公办幼儿园比例达到50%", "50%", { kind: "share", metric: "比例" });
  });

  it("reads 上涨 as a rise and 下跌 as a fall, the nearest cue deciding", () => {
    // 乐山市2024年统计公报 (服务价格上涨1.7%); a copy of 2023年浙江省统计公报 whose lost full stop joins two
    // paragraphs (bench/holdout/indicators3, found post hoc): the earlier 下降 is not this figure's.
    expectFactIn("全年居民消费价格与上年持平,消费品价格下降0.9%,服务价格上涨1.7%。", "1.7%", { kind: "growth", value: 1.7 });
    expectFactIn("农民工总量1360万人,比上年下降0.6%全年居民消费价格比上年上涨0.3%。", "0.3%", { kind: "growth", value: 0.3 });
  });

  it("reads reductions (缩减, 减免) as negative growth", () => {
    expectFacts("整个环节缩减50%、申报材料减免60%以上,真正为市场主体节省了大量办事时间及成本", [
      { text: "50%", kind: "growth", value: -50 },
      { text: "60%以上", kind: "growth", value: -60, qualifier: "at_least" },
    ]);
  });

  it("reads 百分之九十以上 as share 90, at_least", () => {
    expectSingleFact("百分之九十以上具备硕士及以上学历", {
      text: "百分之九十以上",
      value: 90,
      kind: "share",
      qualifier: "at_least",
      unit_text: "百分之",
    });
  });
});
