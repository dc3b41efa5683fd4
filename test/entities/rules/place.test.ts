import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./cases.ts";

// Sources: [Huangshi] 黄石新港园区…首批项目开工 (中华网, 2022-07-16, 湖北); [Zhucheng] 龙都街道以项目建设促
// 地方经济发展侧记 (诸城新闻网, 2019-02-12, 山东); [Shunhe] 顺河回族区第七期"三个一批"重大项目集中开工仪式
// (开封顺河回族区政府网, 2023-01-28, 河南); [RMRB] 民航"十四五"重大基础设施项目 (人民日报, 2021-03-17);
// [Airports] 西北机场改扩建 (2025 commentary quoting 青海/甘肃 plans); [Zhuhai] 珠海机场改扩建工程 (2021, 广东);
// [Mawei] 马尾新闻网 (2015-01-01, 福建); [Gansu] 甘肃省2026年政府工作报告; [Seeds] a road of the seeds.

const FOUND: Found[] = [
  ["a road after a park [Huangshi]", "开工活动在新港园区海口湖大道成功举办", "海口湖大道", "place"],
  ["街道 after 来到 [Zhucheng]", "当记者来到龙都街道采访时看到", "龙都街道", "place"],
  ["公园 as a venue [Shunhe]", "集中开工仪式在东区体育公园举行", "东区体育公园", "place"],
  ["新机场 [RMRB]", "实施枢纽机场改扩建和厦门新机场、呼和浩特新机场等项目", "厦门新机场", "place"],
  ["机场 before its works [Airports]", "青海将西宁机场三期扩建工程视为重点工程", "西宁机场", "place"],
  ["国际机场 [Airports]", "甘肃认为兰州中川国际机场三期工程是有力注脚", "兰州中川国际机场", "place"],
  ["机场 then 改扩建 [Zhuhai]", "我市加速推进珠海机场改扩建工程", "珠海机场", "place"],
  ["a 街道 named by a modifier, in a list [Issue14]", "旅顺开发区、龙头街道、水师营街道对推进项目建设做了表态发言", "龙头街道", "place"],
  ["a road through an airport keeps its 机场 [Gansu]", "建成中川机场环线铁路", "中川机场环线铁路", "place"],
  ["路街道 is one name [Issue14]", "东至中山路街道", "中山路街道", "place"],
];

const NOT_FOUND: NotFound[] = [
  ["枢纽机场 is a category [RMRB]", "长沙黄花、福州长乐等枢纽机场改扩建", "枢纽机场"],
  ["通航机场 is a category [Gansu]", "新建一批通航机场", "通航机场"],
  ["镇街 is towns and subdistricts [Mawei]", "区长许毅青带领镇街、园区、区直相关部门负责人检查", "区长许毅青带领镇"],
  ["a scope word before 街道 in a list [Issue14]", "重点街道、社区要落实责任", "重点街道"],
  ["the airport alone, not the road [Gansu]", "建成中川机场环线铁路", "中川机场"],
  ["河湖 is rivers and lakes, not a lake [Gansu]", "获评全国美丽河湖优秀案例", "全国美丽河湖"],
];

describe("placeBySuffix on reports outside the seeds", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
