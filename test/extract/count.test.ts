import { describe, it } from "vitest";
import { expectFactIn, expectFacts, expectSingleFact } from "./helpers.ts";

describe("count extractor", () => {
  it.each([
    ["43个行政村生活污水治理有序实施", "43个", 43, "个", "行政村"],
    ["济宁经开区为持续改善民生福祉，16件民生实事按时推进", "16件", 16, "件", "民生实事"],
    ["城镇新增就业765人", "765人", 765, "人", "城镇新增就业"],
    ["济宁玉柴三款低排量柴油发动机同步下线", "三款", 3, "款", "低排量柴油发动机"],
    ["细分为信息产业和信息服务业等七个部门", "七个", 7, "个", "部门"],
    ["实现了44台织布机的集中监控和数据分析", "44台", 44, "台", "织布机"],
    ["申请人可以自主选择移动、电信、联通三大运营商34种套餐类型", "34种", 34, "种", "套餐"],
    ["新建智能健身驿站1座", "1座", 1, "座", "智能健身驿站"],
    ["引进10支国际化创新团队", "10支", 10, "支", "国际化创新团队"],
  ] as const)("reads %s → %s", (sentence, text, value, classifier, metric) => {
    expectSingleFact(sentence, { text, kind: "count", value, unit: "count", classifier, unit_text: classifier, metric });
  });

  it("reads 余/多 between number and classifier as more_than", () => {
    expectFactIn("惠及群众10万余人次", "10万余人次", { value: 100000, classifier: "人次", qualifier: "more_than" });
    expectFactIn("5万余盆彩菊竞相绽放", "5万余盆", { value: 50000, classifier: "盆", qualifier: "more_than" });
    expectFactIn("新增健身器材120余件", "120余件", { value: 120, qualifier: "more_than" });
    expectFactIn("100多名客商参加了本次推介会", "100多名", { value: 100, qualifier: "more_than", metric: "客商" });
  });

  it("reads 以上 after the classifier as at_least", () => {
    expectFactIn("能带动周边就业1000人以上", "1000人以上", { value: 1000, qualifier: "at_least", metric: "就业" });
  });

  it("reads Chinese 一百 counts inside the 四个一百 plan", () => {
    expectFactIn("与一百家知名企业开展合作、聘请一百名人才大使", "一百家", { value: 100, metric: "知名企业" });
  });

  it("keeps a count whose classifier follows a line break (年内打造3\\n\\n处)", () => {
    expectFactIn("年内打造3\n\n处园区党群中心、创建8个“六好”示范点", "3\n\n处", { value: 3, classifier: "处", is_target: true });
  });

  it("reads 个/家 with whole noun phrases as metric (56个重点产业项目, “四上”企业17家)", () => {
    expectFactIn("56个重点产业项目加快推进", "56个", { metric: "重点产业项目" });
    expectFacts("新增“四上”企业17家，达到161家", [
      { text: "17家", metric: "“四上”企业" },
      { text: "161家", metric: "“四上”企业" },
    ]);
  });

  it("does not read 第一批 or 第2位 as counts", () => {
    expectFacts("成功入选山东省第一批婴幼儿照护服务示范区", []);
    expectFacts("位列全市第2位", [{ kind: "rank" }]);
  });
});
