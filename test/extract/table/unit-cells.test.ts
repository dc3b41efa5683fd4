import { describe, expect, it } from "vitest";
import { findTableFacts } from "../../../data/extract/table/index.ts";
import { normalizeText, toMatchView } from "../../../data/normalize/index.ts";

// Post hoc (after the blind score of bench/holdout/facts6, whose 子洲 tables lost their growth column): tables flattened
// one cell per line whose value cells carry their own unit. [Zizhou-2023] 子洲县二〇二三年国民经济和社会发展统计公报
// (子洲县统计局, 2024-04-15; tune set bench/holdout/facts6 a1), both tables as the county's page prints them.
// [Shanghai-2014] 2014年1-3季度主要农产品生产和存栏情况 (国家统计局上海调查总队, 2014-10-30): a unit column, rows that
// stop short (家禽出栏 has no 域外 figures), as the page prints it one cell per line.
// [Chengdu-2021] 成都高新区前三季度 (cdchec.com copy, 2021): a poster's short lines, no table.

const ZIZHOU = [
  "全年农作物播种面积91.87万亩，较上年增长1.1%。",
  "主要产品产量",
  "",
  "2023年",
  "",
  "较上年增长(%)",
  "",
  "粮食总产量",
  "",
  "162817吨",
  "",
  "0.5",
  "",
  "其中：谷物",
  "",
  "97658吨",
  "",
  "-9.7",
  "",
  "          豆类",
  "",
  "26084吨",
  "",
  "49.1",
  "畜牧业生产情况",
  "",
  "2023年",
  "",
  "较上年增长(%)",
  "",
  "当年出栏猪",
  "",
  "44383头",
  "",
  "4.4",
  "",
  "当年出栏羊",
  "",
  "117939只",
  "",
  "1.6",
].join("\n");

const SHANGHAI = [
  "2014-10-30 来源：国家统计局上海调查总队",
  "单位",
  "1-3季度全市",
  "比去年同期增长(%",
  "域外",
  "比去年同期增长(%",
  "生猪出栏",
  "万头",
  "184.26",
  "3.6",
  "40.33",
  "31.3",
  "家禽出栏",
  "万只",
  "1522.62",
  "-22.1",
  "禽蛋产量",
  "万吨",
  "3.89",
  "-2.8",
  "0.13",
  "18.2",
  "注：域外是指上海光明食品集团所属的外地农场，不包括在全市总量中。",
].join("\n\n");

const CHENGDU = [
  "今年前三季度",
  "成都高新区实现地区生产总值2034.2亿元！",
  "增长11.1%！",
  "两年平均增速9.5%！",
  "高于全国4.3",
  "全省3.7",
  "全市3.3个百分点！",
].join("\n");

function facts(raw: string) {
  const text = toMatchView(normalizeText(raw).text);
  return findTableFacts(text).map((f) => [f.metric, f.value, f.unit, f.kind]);
}

describe("flattened tables whose value cells carry their unit", () => {
  it("reads the value cell with its own unit and the growth cell beside it [Zizhou-2023]", () => {
    expect(facts(ZIZHOU)).toEqual([
      ["粮食总产量", 162817, "t", "measure"],
      ["粮食总产量", 0.5, "percent", "growth"],
      ["谷物", 97658, "t", "measure"],
      ["谷物", -9.7, "percent", "growth"],
      ["豆类", 26084, "t", "measure"],
      ["豆类", 49.1, "percent", "growth"],
      ["当年出栏猪", 44383, "count", "count"],
      ["当年出栏猪", 4.4, "percent", "growth"],
      ["当年出栏羊", 117939, "count", "count"],
      ["当年出栏羊", 1.6, "percent", "growth"],
    ]);
  });

  it("negative: a year header (2023年) is no value cell, so a table of years alone gives nothing", () => {
    expect(facts(["指标", "", "2022年", "", "2023年", "", "粮食总产量", "", "2021年", "", "2022年"].join("\n"))).toEqual([]);
  });

  it("reads a unit column, rows stopping short [Shanghai-2014]", () => {
    expect(facts(SHANGHAI)).toEqual([
      ["生猪出栏", 1842600, "count", "count"],
      ["生猪出栏", 3.6, "percent", "growth"],
      ["生猪出栏", 403300, "count", "count"],
      ["生猪出栏", 31.3, "percent", "growth"],
      ["家禽出栏", 15226200, "count", "count"],
      ["家禽出栏", -22.1, "percent", "growth"],
      ["禽蛋产量", 38900, "t", "measure"],
      ["禽蛋产量", -2.8, "percent", "growth"],
      ["禽蛋产量", 1300, "t", "measure"],
      ["禽蛋产量", 18.2, "percent", "growth"],
    ]);
  });

  it("[Shanghai-2014] without its 单位 header, a unit cell is still no row label", () => {
    const lines = SHANGHAI.split("\n\n").filter((l) => l !== "单位");
    const read = facts(lines.join("\n\n"));
    expect(read.some((f) => f[0] === "万头")).toBe(false);
    expect(read.slice(0, 2)).toEqual([
      ["生猪出栏", 1842600, "count", "count"],
      ["生猪出栏", 3.6, "percent", "growth"],
    ]);
  });

  it("negative: short poster lines with figures are no table [Chengdu-2021]", () => {
    expect(facts(CHENGDU)).toEqual([]);
  });
});
