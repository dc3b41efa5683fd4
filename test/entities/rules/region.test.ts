import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../data/types.ts";
import { mentionsWithTrace } from "../helpers.ts";

// Places and zones from the region reference data, on sentences from reports outside the seeds. Sources:
// [Chifeng] 赤峰市2025年政府工作报告 (内蒙古); [Lvshunkou] 旅顺口区一季度项目签约和开工誓师大会 (大连天健网,
// 2022, 辽宁); [Longwen] 龙文区第四季度项目集中开竣工 (闽南网, 2020, 福建); [Yulin] 玉林市2025年政府工作报告
// (广西); [Yancheng] 盐城经开区集中开工27个项目 (江苏).

type Case = [label: string, sentence: string, docRegion: string | null, name: string, type: EntityType];

const FOUND: Case[] = [
  ["a prefecture's short name [Chifeng]", "赤峰国际陆港至天津港、大连港“公转铁”铁海联运集装箱班列开行", null, "赤峰国际陆港", "park"],
  ["a prefecture's short name, alone [Chifeng]", "和赤峰至莫斯科的跨境公路运输成功开行", null, "赤峰", "place"],
  [
    "a county's full name in its own province [Lvshunkou]",
    "1月14日，旅顺口区举行一季度项目签约和开工誓师大会",
    "大连市",
    "旅顺口区",
    "place",
  ],
  ["a county after 举行 is cut from the project [Longwen]", "龙文区举行第四季度项目集中开竣工仪式", "漳州市", "龙文区", "place"],
  ["a zone named after its city [Yulin]", "持续优化玉林高新区营商环境", null, "玉林高新区", "park"],
  ["a port [Chifeng]", "赤峰国际陆港至天津港、大连港“公转铁”铁海联运集装箱班列开行", null, "天津港", "place"],
  ["a grid company [Chifeng]", "东北电网“十四五”期间投资最大的单体项目竣工投运", null, "东北电网", "company"],
];

const NOT_FOUND: [label: string, sentence: string, docRegion: string | null, word: string][] = [
  ["a county's full name outside the report's province [Yulin]", "加快推进老城区改造提升", "玉林市", "老城区"],
  ["a county's full name with no region known", "1月14日，旅顺口区举行一季度项目签约和开工誓师大会", null, "旅顺口区"],
  ["a numbered slogan is no port (seed report)", "在“两谷一岛一港一中心”五大核心载体上取得实质性成果", null, "两谷一岛一港"],
  ["港 of 港澳 is no port [Issue14]", "深化与港澳合作", null, "与港"],
];

describe("regionPlaces and place suffixes on reports outside the seeds", () => {
  it.each(FOUND)("%s", async (_label, sentence, docRegion, name, type) => {
    const { mentions, readable } = await mentionsWithTrace(sentence, docRegion);
    const found = mentions.find((m) => m.text === name);
    expect(found, `"${name}" not found in "${sentence}"\n${readable}`).toBeDefined();
    expect(found!.type, readable).toBe(type);
  });

  it.each(NOT_FOUND)("%s", async (_label, sentence, docRegion, word) => {
    const { mentions, readable } = await mentionsWithTrace(sentence, docRegion);
    expect(
      mentions.filter((m) => m.text === word),
      readable,
    ).toEqual([]);
  });

  it("names a division by its full name, so 赤峰 and 赤峰市 are one entity", async () => {
    const { mentions } = await mentionsWithTrace("和赤峰至莫斯科的跨境公路运输成功开行", null);
    expect(mentions.find((m) => m.text === "赤峰")?.canonical).toBe("赤峰市");
  });
});
