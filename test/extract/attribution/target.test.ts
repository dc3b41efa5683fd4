import { describe, it } from "vitest";
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

  it("lets a past marker end a plan's scope (计划…，已…)", () => {
    expectFactIn("计划建设10个园区，目前已建成6个", "6个", { is_target: false });
  });

  it("uses the report year: a later year in the period is a target, an earlier one a result", () => {
    expectFactIn("2025年新增企业20家", "20家", { is_target: true }, 2024);
    expectFactIn("2023年新增企业20家", "20家", { is_target: false }, 2024);
  });
});
