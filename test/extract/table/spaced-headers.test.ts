import { describe, expect, it } from "vitest";
import { findTableFacts } from "../../../data/extract/table/index.ts";
import { normalizeText, toMatchView } from "../../../data/normalize/index.ts";

// Post hoc (after the blind score of bench/holdout/facts5, whose 宁远 2023 tables lost their amount cells): headers
// with letter-spaced words (品  名, 数  量, 总  计) and units in small-form brackets (产量﹙吨﹚, 播种面积(亩﹚).
// [Ningyuan-2021] 宁远县2021年国民经济和社会发展统计公报 (宁远县统计局; copy at qinglite.cn/doc/561964e5a1b6d9a6b),
// its crops table laid out fixed-width with the header cells as that copy prints them; [SD-2003] 山东统计年鉴2003
// 表12-11 (山东省统计局, tjj.shandong.gov.cn/tjnj/nj2003/12/12-11.htm), with 类  别 and 总  计 letter-spaced as the
// yearbook prints them; [SH-2014] 2014年1-3季度主要农产品生产和存栏情况 (国家统计局上海调查总队, tjj.sh.gov.cn), laid out
// fixed-width with a letter-spaced 品  名 header.

function facts(raw: string) {
  const text = toMatchView(normalizeText(raw).text);
  return findTableFacts(text).map((f) => [f.metric, f.value, f.unit]);
}

const cases: Array<[string, string[], Array<[string | null, number, string]>]> = [
  [
    "units in small-form brackets ﹙﹚, also mixed with (  [Ningyuan-2021]",
    [
      "品名        播种面积(亩﹚    同比增减(%)    产量﹙吨﹚    同比增减﹙%﹚",
      "粮食作物    722040           1.04           311650       2.01",
      "其中：稻谷  607440           0.75           266044       2.02",
    ],
    [
      ["粮食作物", 722040, "mu"],
      ["粮食作物", 1.04, "percent"],
      ["粮食作物", 311650, "t"],
      ["粮食作物", 2.01, "percent"],
      ["稻谷", 607440, "mu"],
      ["稻谷", 0.75, "percent"],
      ["稻谷", 266044, "t"],
      ["稻谷", 2.02, "percent"],
    ],
  ],
  [
    "a letter-spaced header over a unit column  [SH-2014]",
    [
      "品  名        单位      1-3季度全市    比去年同期增长﹙%﹚",
      "生猪出栏      万头      184.26         3.6",
      "禽蛋产量      万吨      3.89           -2.8",
    ],
    [
      ["生猪出栏", 1842600, "count"],
      ["生猪出栏", 3.6, "percent"],
      ["禽蛋产量", 38900, "t"],
      ["禽蛋产量", -2.8, "percent"],
    ],
  ],
  [
    "letter-spaced words in the header and in a row label  [SD-2003]",
    ["类  别              企业单位数(个)      资产合计(万元)", "总  计              8377                35949602"],
    [
      ["总计", 8377, "count"],
      ["总计", 359496020000, "CNY"],
    ],
  ],
  [
    "negative: one-character columns that fit the rows stay apart (男, 女 are two columns)  [Ningxia-style 表1]",
    ["指标名称      男      女", "年末人口      371     357"],
    [],
  ],
  [
    "negative: a bracket that names the row, not a unit (地区生产总值﹙GDP﹚), gives no amount  [Ningyuan-2021]",
    ["指标                  2021年      增长%", "地区生产总值﹙GDP﹚    2520775     8.8"],
    [["地区生产总值﹙GDP﹚", 8.8, "percent"]],
  ],
];

describe("fixed-width tables with letter-spaced headers and small-form brackets", () => {
  it.each(cases)("%s", (_name, lines, want) => {
    expect(facts(lines.join("\n"))).toEqual(want);
  });
});
