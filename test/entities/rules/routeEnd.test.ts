import { describe, it } from "vitest";
import { expectFound, expectNotFound, type Found, type NotFound } from "./cases.ts";

// Sources: [CCTV] 北京至莫斯科中欧班列 (总台央视, 2024-11-24); [Chifeng] 赤峰市2025年政府工作报告 (内蒙古,
// dev set); [Issue14] ordinary 至 phrases of government reports.

const FOUND: Found[] = [
  ["a foreign city after a city and 至 [CCTV]", "这也是继去年3月首趟北京至莫斯科中欧班列开行以来", "莫斯科", "place"],
  ["a foreign city before 的…运输 [Chifeng]", "赤峰至莫斯科的跨境公路运输(TIR)成功开行", "莫斯科", "place"],
  ["a port after a 陆港 [Chifeng]", "赤峰国际陆港至天津港、大连港铁海联运集装箱班列", "天津港", "place"],
];

const NOT_FOUND: NotFound[] = [
  ["至今 is no place [Issue14]", "北京自2019年至今的班列", "今的"],
  ["至全国 is no place [Issue14]", "推广至全国的试点", "全国"],
  ["no known place before 至 [Issue14]", "截至年底的航线", "年底"],
  ["a year before 至 [Issue14]", "2023年至2025年的中欧班列", "2025年"],
];

describe("routeEnd", () => {
  it.each(FOUND)("%s", (_label, sentence, name, type) => expectFound(sentence, name, type));
  it.each(NOT_FOUND)("%s", (_label, sentence, words) => expectNotFound(sentence, words));
});
