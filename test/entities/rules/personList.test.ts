import { describe, expect, it } from "vitest";
import { mentionsWithTrace } from "../helpers.ts";

// Names listed after one title, and bylines. Sources: [Yancheng] 盐城经开区集中开工27个项目 (江苏, 2019);
// [Longwen] 龙文区第四季度项目集中开竣工 (闽南网, 2020, 福建); [Lvshunkou] 旅顺口区一季度项目签约和开工誓师大会
// (大连天健网, 2022, 辽宁).

const SENTENCE = "区领导郑荣文、郭庆生、李新华等区工管委领导班子成员，27个开工项目业主代表参加活动";

const PERSONS: [label: string, sentence: string, name: string][] = [
  ["first of a list after 领导 [Yancheng]", SENTENCE, "郑荣文"],
  ["second of the list [Yancheng]", SENTENCE, "郭庆生"],
  ["last of the list, before 等 [Yancheng]", SENTENCE, "李新华"],
  ["byline name running into the next role [Longwen]", "（记者 林晓琪通讯员 林聪华）", "林晓琪"],
  ["byline name before the closing bracket [Longwen]", "（记者 林晓琪通讯员 林聪华）", "林聪华"],
  ["byline after a newspaper group [Lvshunkou]", "天健网消息（大连新闻传媒集团记者 冉嬛）1月14日，旅顺口区举行誓师大会", "冉嬛"],
];

const NOT_PERSONS: [label: string, sentence: string, word: string][] = [
  ["items after a title that are not names", "各街道、区级各部门负责人、项目建设单位及施工单位代表等参加", "项目建"],
  ["a list whose first item is no name", "市委秘书长、办公室主任、政研室主任参加", "政研室"],
];

describe("listedPersons and bylines", () => {
  it.each(PERSONS)("%s", async (_label, sentence, name) => {
    const { mentions, readable } = await mentionsWithTrace(sentence, null);
    const found = mentions.find((m) => m.text === name);
    expect(found, `"${name}" not found in "${sentence}"\n${readable}`).toBeDefined();
    expect(found!.type, readable).toBe("person");
  });

  it.each(NOT_PERSONS)("%s", async (_label, sentence, word) => {
    const { mentions, readable } = await mentionsWithTrace(sentence, null);
    expect(
      mentions.filter((m) => m.text === word && m.type === "person"),
      readable,
    ).toEqual([]);
  });
});
