import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./cases.ts";

// Central departments (data/gazetteer/central.ts). Sources: [Guangdong] 广东省2026年政府工作报告 (test/fixtures);
// [StatsForum] 新产业区统计监测评价指标体系研究 (统计与信息论坛, 2020年11期); [Subsidy] 民政部、财政部部署发放一次性
// 生活补助 (2024); [Medical] 关于做好城乡居民基本医疗保障工作的通知 (国家医保局、财政部, 2024).

const FOUND: Found[] = [
  ["two ministries joined by 和 [Guangdong]", "由教育部和财政部联合实施，旨在建设一批高水平学校", "教育部", "government"],
  ["the second of them [Guangdong]", "由教育部和财政部联合实施，旨在建设一批高水平学校", "财政部", "government"],
  ["a short name [StatsForum]", "2013年科技部编制了区域创新能力监测指标体系", "科技部", "government"],
  ["before 要求 [Subsidy]", "民政部、财政部要求各地民政、财政部门要高度重视本次一次性生活补助发放工作", "民政部", "government"],
];

const NOT_FOUND: NotFound[] = [
  ["财政部门 is not the ministry [Subsidy]", "民政部、财政部要求各地民政、财政部门要高度重视本次一次性生活补助发放工作", "财政部门"],
  ["nor its first three characters [Medical]", "市县财政部门要按本通知要求足额安排财政补助资金", "财政部"],
];

describe("centralDepartments", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
