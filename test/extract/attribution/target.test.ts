import { describe, expect, it } from "vitest";
import { explainFacts } from "../../../data/extract/index.ts";
import { expectFactIn } from "../helpers.ts";

describe("is_target attribution", () => {
  it.each([
    ["预计新增高新技术企业15家，达到54家", "15家"],
    ["预计新增高新技术企业15家，达到54家", "54家"],
    ["三年内将形成千亿元以上规模", "千亿元以上"],
    ["计划开设54个教学班,新增学位2580个", "2580个"],
    ["启动总投资7.6亿元的民生实事工程", "7.6亿元"],
    ["投产后,能带动周边就业1000人以上,入园企业年产值约6亿元,利税5000万元", "约6亿元"],
    ["双方共建可满足年产5万台智能绿色工程机械产业园", "5万台"],
  ])("marks a plan as target: %s → %s", (s, text) => {
    expectFactIn(s, text, { is_target: true });
  });

  it.each([
    ["上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位", "43.31亿元"],
    ["持续实施“双倍增”计划，科技型中小企业达到36家", "36家"],
    ["8个省重点项目完成年度投资计划的95.22%", "95.22%"],
    ["以鲁抗、辰欣等国内一流药企为龙头,已吸引200余家医药全产业链企业集聚", "200余家"],
    ["城镇新增就业765人，超额完成节点任务", "765人"],
  ])("marks a result as not target: %s → %s", (s, text) => {
    expectFactIn(s, text, { is_target: false });
  });

  it("reads 预计 after words of a review as an estimated result (证券时报 on 河北's 2025 work report)", () => {
    const s = "王正谱在回顾河北省2024年工作时表示,2024年预计全省生产总值增长5.2%,规上工业增加值增长7%,固定资产投资增长6.5%。";
    expectFactIn(s, "5.2%", { is_target: false, target_basis: "预计 after words of a review: an estimated result" });
    expectFactIn(s, "6.5%", { is_target: false });
    // …while 预计 with no review before it stays a plan.
    expectFactIn("预计新增高新技术企业15家，达到54家", "15家", { is_target: true });
  });

  it("lets a past marker end a plan's scope (计划…，已…)", () => {
    expectFactIn("计划建设10个园区，目前已建成6个", "6个", { is_target: false });
  });

  it("uses the report year: a later year in the period is a target, an earlier one a result", () => {
    expectFactIn("2025年新增企业20家", "20家", { is_target: true }, 2024);
    expectFactIn("2023年新增企业20家", "20家", { is_target: false }, 2024);
  });
});

describe("is_target with the paragraph's mode", () => {
  // Seed 003 is a work plan: its bare verbs (实施, 新增, 新建) announce targets.
  it.each([
    ["实施重点产业项目128个,高端装备、医养健康、新一代信息技术、新材料新能源四大产业总产值突破2000亿,各园区重点打好四场“硬仗”", "128个"],
    ["新增水系27公里,实现88公里主要水系连通。", "27公里"],
    ["新增水系27公里,实现88公里主要水系连通。", "88公里"],
    ["深化省级智慧城市建设试点,在创新谷集团内部组建智慧城市运营公司,新建5G基站400个,实现产业园区、公交站点及公共场所5G全覆盖", "400个"],
  ])("extractFacts(%j, {mode: plan}) marks %s as a target", (s, text) => {
    expectFactIn(s, text, { is_target: true }, { year: 2020, mode: "plan" });
  });

  // The same verbs in a review (seed 004) or without a mode are results.
  it.each([
    ["新增水系27公里,实现88公里主要水系连通。", "27公里", "review"],
    ["济宁高新区创新推出“直播带岗”和“人才夜市”衔接活动,新增城镇就业10353人,高技能人才2217人", "10353人", "review"],
    ["实施重点产业项目128个,高端装备、医养健康、新一代信息技术、新材料新能源四大产业总产值突破2000亿", "128个", null],
  ] as const)("extractFacts(%j, {mode: %s}) keeps %s a result", (s, text, mode) => {
    expectFactIn(s, text, { is_target: false }, { year: 2023, mode });
  });

  it("extractFacts in a plan paragraph keeps a fact after a past marker a result (已建成6个)", () => {
    expectFactIn("目前已建成园区6个", "6个", { is_target: false }, { year: 2020, mode: "plan" });
  });

  it("extractFacts infers the mode from {document: {text, start}}", () => {
    const text = "回望2023,全区新增企业20家。\n2024年,济宁高新区将继续凝心聚力,新建5G基站400个。";
    const first = "回望2023,全区新增企业20家。";
    const second = "新建5G基站400个。";
    expectFactIn(first, "20家", { is_target: false }, { year: 2023, document: { text, start: 0 } });
    expectFactIn(second, "400个", { is_target: true }, { year: 2023, document: { text, start: text.indexOf(second) } });
  });

  it("extractFacts rejects a document that does not contain the sentence's span", () => {
    expect(() => explainFacts("新建5G基站400个", { year: null, document: { text: "短", start: 0 } })).toThrow(TypeError);
  });
});
