import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./cases.ts";

// Sources: [Huangshi] 黄石新港园区港产城融合发展央地合作首批项目开工 (中华网, 2022-07-16, 湖北);
// [Zhangzhuang] 张庄街道双创园产业综合体等十个项目集中开工 (2017, 山东); [Zengdu] 曾都工业孵化园2019年重大项目
// 集中开工 (随州曾都区, 湖北); [Mawei] 元旦期间开发区17个新项目开工 (马尾新闻网, 2015-01-01, 福建);
// [Zhumadian] 开发区重点项目建设提速 (驻马店网, 2014-11-18, 河南); [Gansu] 甘肃省2026年政府工作报告;
// [Hunan] 湖南省2026年政府工作报告; [Shaanxi] 陕西省2026年政府工作报告; [CQScience] 西部(重庆)科学城全面启动建设
// (科技日报, 2020-09-17, 重庆) and 西部(重庆)科学城正式获授牌 (人民网, 2021-05-20); [Xinyang] 市未来人居科创城多个项目
// 集中启动 (信阳日报, 2024-01-11, 河南); [ChengduScience] 成都科学城在"生长" (红星新闻, 2021-10, 四川); [ChengduEI] 成都
// 电子信息产业功能区重点项目集中开工 (中国食品报, 2018-08-01, 四川).

const FOUND: Found[] = [
  ["园区 led by a city [Huangshi]", "黄石新港园区港产城融合发展央地合作首批项目开工活动在新港园区举办", "黄石新港园区", "park"],
  ["双创园 [Zhangzhuang]", "建设张庄全民双创园，是贯彻落实区委战略部署的重大举措", "张庄全民双创园", "park"],
  ["孵化园 [Zengdu]", "8月18日,曾都工业孵化园2019年重大项目集中开工仪式在北郊办事处举行。", "曾都工业孵化园", "park"],
  ["产业园 in a list of sites [Mawei]", "先后实地察看了天宝总部大厦、新鑫钢构二期、革新产业园、新泰丰实业等地", "革新产业园", "park"],
  ["基地 led by a city [Hunan]", "长沙数据标注基地加快建设", "长沙数据标注基地", "park"],
  ["基地 led by a city, long [Shaanxi]", "汉中航空关键零部件基地建成投用", "汉中航空关键零部件基地", "park"],
  ["a county's own 园区 [Shaanxi]", "陈仓、洋县园区产值超过100亿元", "洋县园区", "park"],
  [
    "科学城 after a direction and a bracketed city [CQScience]",
    "目前，西部（重庆）科学城已培育形成新一代信息技术千亿级、先进制造500亿级产业集群。",
    "西部（重庆）科学城",
    "park",
  ],
  ["its working committee [CQScience]", "日前，西部（重庆）科学城党工委、管委会正式获授牌", "西部（重庆）科学城党工委", "government"],
  ["科学城 led by a city [ChengduScience]", "西部（成都）科学城的“一核”——成都科学城累计签约重大项目247个", "成都科学城", "park"],
  ["科创城 led by 市, before 多个项目 [Xinyang]", "1月10日，市未来人居科创城多个项目集中启动。", "市未来人居科创城", "park"],
  ["科创城 [Xinyang]", "项目建成后，将进一步提升未来人居科创城的驱动力和影响力。", "未来人居科创城", "park"],
  [
    "产业功能区 [ChengduEI]",
    "7月30日，成都电子信息产业功能区2018年重点项目集中开工仪式在成都高新区（西区）举行。",
    "成都电子信息产业功能区",
    "park",
  ],
];

const NOT_FOUND: NotFound[] = [
  ["a bare 产业功能区 names nothing [ChengduEI]", "会议提出要加快推进产业功能区建设，推动城市转型", "产业功能区"],
  ["…多个项目 is not a project's name [Xinyang]", "1月10日，市未来人居科创城多个项目集中启动。", "市未来人居科创城多个项目"],
  ["a direction is not part of a zone's name [CQScience]", "目前，西部（重庆）科学城已培育形成产业集群。", "（重庆）科学城"],
  ["bare 园区 in a list of units [Mawei]", "区长许毅青带领镇街、园区、区直相关部门负责人检查我区元旦期间开工项目", "园区"],
  ["a city's 园区 led by 市 [Zhumadian]", "在开发区市职教园区，几所学校建设正在紧张进行", "市职教园区"],
  ["a category after a province [Gansu]", "推动甘肃老工业基地振兴", "甘肃老工业基地"],
  ["a base of a laboratory [Gansu]", "崖州湾国家实验室西北创新基地揭牌", "崖州湾国家实验室西北创新基地"],
  ["an organisation's plant, no place [Issue14]", "中石化科学研发中心和产业化基地", "产业化基地"],
  [
    "a batch of projects is not a project [Huangshi]",
    "黄石新港园区港产城融合发展央地合作首批项目开工活动",
    "黄石新港园区港产城融合发展央地合作首批项目",
  ],
];

describe("parkBySuffix and parkByWeakSuffix on reports outside the seeds", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
