import { describe, expect, it } from "vitest";
import { mentionsWithTrace } from "../helpers.ts";

// Names listed after one title, and bylines. Sources: [Yancheng] 盐城经开区集中开工27个项目 (江苏, 2019);
// [Longwen] 龙文区第四季度项目集中开竣工 (闽南网, 2020, 福建); [Lvshunkou] 旅顺口区一季度项目签约和开工誓师大会
// (大连天健网, 2022, 辽宁); [Lanzhou] 兰州市重点招商引资项目对接及视频签约 (2020-02-20, 甘肃); [Xinyang] 市未来人居
// 科创城多个项目集中启动 (信阳日报, 2024-01-11, 河南); [Jilin] 长春高新区长东北核心区规划建设展览馆开馆 (2010-10-28, 吉林);
// [PowerChina] 中国电建与兰州经开区座谈 (2021-08-31, 甘肃); [Wuxi] 东营市发改委考察组到访数字园 (江苏数字信息产业园,
// 2018-10-29); [Shaoshan] 韶山市第十届人民代表大会第一次会议开幕 (红网, 2021-10-27, 湖南); [Chaidamu] "柴推会"取得
// 丰硕成果 (青海日报, 2007-06-22); [JilinGov] 景俊海在长春市调研开发区 (吉林省政府, 2018-01-17); [LanzhouNewArea] 兰州新区
// 管委会第2次调度会议 (兰州新区, 2018-01); [Alashan] 阿拉善高新区十四五规划纲要序言 (2021-07-28, 内蒙古).

const SENTENCE = "区领导郑荣文、郭庆生、李新华等区工管委领导班子成员，27个开工项目业主代表参加活动";

const PERSONS: [label: string, sentence: string, name: string][] = [
  ["first of a list after 领导 [Yancheng]", SENTENCE, "郑荣文"],
  ["second of the list [Yancheng]", SENTENCE, "郭庆生"],
  ["last of the list, before 等 [Yancheng]", SENTENCE, "李新华"],
  ["byline name running into the next role [Longwen]", "（记者 林晓琪通讯员 林聪华）", "林晓琪"],
  ["byline name before the closing bracket [Longwen]", "（记者 林晓琪通讯员 林聪华）", "林聪华"],
  ["the last name after 及 [Lanzhou]", "市领导吕林邦、王方太、魏旭昶、马彩云及段廷智参加。", "段廷智"],
  ["the name before 及 [Lanzhou]", "市领导吕林邦、王方太、魏旭昶、马彩云及段廷智参加。", "马彩云"],
  ["a listed name before 及 and a body [Xinyang]", "副市长郑云，市政协领导金平、刘璇及市直相关职能部门负责同志出席仪式", "刘璇"],
  ["a titled name before 与 [Jilin]", "9月27日，吉林省委书记孙政才与省市领导视察了展馆。", "孙政才"],
  ["a titled name before 拜会 [PowerChina]", "8月31日，公司党委常委、副总经理刘源拜会兰州市人大常委会一级巡视员", "刘源"],
  ["a titled name before 接待 [Wuxi]", "数字园副总经理张良兵、孵化器副总经理任晓海接待了考察组。", "任晓海"],
  ["作者 credit [Shaoshan]", "来源：红网韶山市分站\n作者：罗逸瑾\n编辑：黄滔-湘潭站", "罗逸瑾"],
  ["编辑 credit before a dash [Shaoshan]", "来源：红网韶山市分站\n作者：罗逸瑾\n编辑：黄滔-湘潭站", "黄滔"],
  ["作者 credit after the source [Chaidamu]", "来源：青海日报 作者：王志远", "王志远"],
  [
    "bracketed author closing the item [JilinGov]",
    "省委常委、长春市委书记王君正，长春市市长刘长龙，省直有关部门负责同志参加调研。（黄鹭）",
    "黄鹭",
  ],
  ["bracketed author on its own line [LanzhouNewArea]", "继续为新区经济发展注入新活力。\n（张翔）", "张翔"],
  ["byline after a newspaper group [Lvshunkou]", "天健网消息（大连新闻传媒集团记者 冉嬛）1月14日，旅顺口区举行誓师大会", "冉嬛"],
];

const NOT_PERSONS: [label: string, sentence: string, word: string][] = [
  ["items after a title that are not names", "各街道、区级各部门负责人、项目建设单位及施工单位代表等参加", "项目建"],
  ["a list whose first item is no name", "市委秘书长、办公室主任、政研室主任参加", "政研室"],
  ["a bracketed note inside a sentence [Alashan]", "会议审议了《规划纲要（草案）》，通过了规划纲要提出的奋斗目标和主要任务", "草案"],
  ["a body after 及 is no name [Xinyang]", "市政协领导金平、刘璇及市直相关职能部门负责同志出席", "市直相"],
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
