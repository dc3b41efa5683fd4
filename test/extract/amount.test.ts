import { describe, it } from "vitest";
import { expectFactIn, expectNoFacts, expectSingleFact } from "./helpers.ts";

describe("amount extractor", () => {
  it.each([
    ["1-8月份，完成一般公共预算收入2.6亿元", "2.6亿元", 260000000, "CNY", "亿元", null],
    ["设立5000万元的“政银园投”基金", "5000万元", 50000000, "CNY", "万元", null],
    ["持续扩大对外开放，1-8月全区实际利用外资2205万美元", "2205万美元", 22050000, "USD", "万美元", null],
    ["投入300万元改造的工业互联网生产线", "300万元", 3000000, "CNY", "万元", null],
    ["入园企业年产值约6亿元", "约6亿元", 600000000, "CNY", "亿元", "approx"],
    ["清控智运项目是济宁高新区通过市场化方式推动落地的十亿元、十强产业项目之一", "十亿元", 1000000000, "CNY", "亿元", null],
    ["三年内将形成千亿元以上规模", "千亿元以上", 100000000000, "CNY", "亿元", "at_least"],
    ["四大产业总产值突破2000亿", "突破2000亿", 200000000000, "CNY", "亿", "at_least"],
    ["建立匹配四大产业、规模百亿的产业基金", "百亿", 10000000000, "CNY", "亿", null],
  ] as const)("reads %s → %s", (sentence, text, value, unit, unit_text, qualifier) => {
    expectSingleFact(sentence, { text, kind: "amount", value, unit, unit_text, qualifier });
  });

  it("reads money without 元 after 过 as the threshold of a count (营收过百亿企业3家、过50亿2家)", () => {
    const s = "制定骨干企业扩规倍增计划,培育营收过百亿企业3家、过50亿2家";
    expectFactIn(s, "过百亿", { value: 1e10, qualifier: "more_than", kind: "threshold" });
    expectFactIn(s, "过50亿", { value: 5e9, qualifier: "more_than", kind: "threshold" });
  });

  it("reads 过亿元 as one hundred million, more_than", () => {
    expectFactIn("中祥金属、神力索具、中北锂电等11家企业过亿元", "过亿元", { value: 1e8, unit: "CNY", qualifier: "more_than" });
  });

  it("reads 亿元以上 after 签约 without taking 约 for 'approx'", () => {
    expectFactIn("上半年新签约亿元以上产业项目17个", "亿元以上", { value: 1e8, qualifier: "at_least" });
  });

  // [Plan2013] 2013年我市重点项目呈现三大特点 (河南某市发展改革委, 2013): projects counted by size band.
  it.each([
    ["1-5亿元", 1e8, "其中1-5亿元项目299个，5-10亿元项目61个"],
    ["5-10亿元", 5e8, "其中1-5亿元项目299个，5-10亿元项目61个"],
    ["5亿元", 5e8, "其中5亿元-10亿元项目61个，10亿元-50亿元项目64个"],
    ["50亿元", 5e9, "其中5亿元-10亿元项目61个，10亿元-50亿元项目64个"],
  ])("reads both ends of a size band (%s in %s) as thresholds, not amounts", (text, value, sentence) => {
    expectFactIn(sentence, text, { value, kind: "threshold" });
  });

  it("keeps a range of money that is spent as an amount (计划投资3-5亿元建设…)", () => {
    expectFactIn("计划投资3-5亿元建设智能制造基地", "3-5亿元", { value: 3e8, kind: "amount" });
  });

  it("reads 百亿级 in a heading as a threshold of at least 1e10", () => {
    expectFactIn("◆ 围绕主导产业核心产业链 签约落地2个百亿级大项目", "百亿级", { value: 1e10, kind: "threshold", qualifier: "at_least" });
  });

  it("does not read a bare 万 number without 元 as money", () => {
    expectNoFacts("万物归藏");
  });
});
