import { describe, expect, it } from "vitest";
import { endsClosed, hasTerminator } from "../../data/normalize/index.ts";

describe("endsClosed", () => {
  it.each([
    "规上工业增加值增长12%，位列全市第2位。",
    "为新时代社会主义现代化强市建设贡献坚实的高新力量!",
    "标志着济宁装备制造业向高端转型升级……",
    "总投资额达197亿元;",
    "重点做好以下工作：",
    "他说：“要加快推进。”",
    "（以上数据截至6月底。）",
    "It is done.",
  ])("endsClosed(%j) is true", (line) => {
    expect(endsClosed(line)).toBe(true);
  });

  it.each([
    "设立5000万元的“政银园投”基金，创新",
    "柳行街道“杨家河",
    "实施挂图",
    "建立完善“亩产效益”评价体系和企业分类综合评价机制,推行“标准地”",
    "内环高架快速路(高新",
    "## 1.",
    "",
  ])("endsClosed(%j) is false", (line) => {
    expect(endsClosed(line)).toBe(false);
  });
});

describe("hasTerminator", () => {
  it.each([
    ["上半年，实现地区生产总值43.31亿元；1-8月份", true],
    ["投产后,能带动周边就业1000人以上。", true],
    ["产业集聚加速成型 项目建设加快推进", false],
    ["地区生产总值43.31亿元", false],
  ])("hasTerminator(%j) is %s", (text, expected) => {
    expect(hasTerminator(text)).toBe(expected);
  });
});
