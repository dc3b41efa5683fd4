import { describe, expect, it } from "vitest";
import { findTableFacts } from "../../../data/extract/table/index.ts";
import { normalizeText, toMatchView } from "../../../data/normalize/index.ts";

// Issue 14 item 3, post hoc after the blind score of bench/holdout/facts8 (its 表4, 24 cells, unread): tables copied
// from web pages with their cells joined by |, one row per line. Sources: [Ziyun-2021] 2021年紫云苗族布依族自治县国民
// 经济和社会发展统计公报 表1 (紫云自治县统计局, 2022-04-28; quyushuju.com copy, where the rows ran on in one line: laid
// out here one row per line as the table prints them); [Changzhou-2023] 经开区31只重大项目集中开竣工 (a page copy's
// metadata table, damyunjae.com); [Quanzhou-2023] 泉州统计年鉴2023 表2-7 (tjj.quanzhou.gov.cn); [Guangyuan-2019]
// 广元 2019年1-3月 煤炭产量 表4 (bench/holdout/facts8 c1: the set whose miss this is, scored before this change);
// [Yuhuan-2019] 玉环市2019年统计公报 表1 (bench/holdout/indicators3, a header whose label cell is blank); [Fujian-2015]
// 福建统计年鉴2015 表2-3 总产出 (tjj.fujian.gov.cn, framed rows headed by years).

function facts(raw: string) {
  const text = toMatchView(normalizeText(raw).text);
  return findTableFacts(text).map((f) => [f.metric, f.value, f.unit, f.kind]);
}

const ZIYUN = [
  "表1 生产总值及行业构成 单位：亿元",
  "指标名称 | 增加值 | 同比增长% |",
  "地区生产总值 | 90.39 | 9.8 |",
  "其中：第一产业 | 30.02 | 8.0 |",
  "第二产业 | 16.78 | 17.9 |",
  "其中：工业 | 6.25 | 7.5 |",
  "建筑业 | 10.54 | 26.1 |",
  "第三产业 | 43.59 | 8.2 |",
].join("\n");

const GUANGYUAN = [
  "表4 2019年1-3月各县（区）煤炭产量生产统计表",
  "单 位 | 本月数 （千吨） | 本年累计 （千吨） | 同期累计 （千吨） | 同比 ±% | |",
  "县 区 | 旺 苍 | 162.28 | 435.68 | 326.87 | ﹢33.3 |",
  "利 州 | 40.95 | 84.05 | 36.04 | ﹢133.2 | |",
  "昭 化 | 2.9 | 8.2 | 8.9 | ﹣7.9 | |",
  "省属企业 | 广旺公司 | 148.88 | 418.57 | 403.54 | ﹢3.7 |",
  "合 计 | 356.75 | 953.74 | 778.15 | ﹢22.6 | |",
].join("\n");

describe("tables copied with | between cells", () => {
  it("reads each row's cells under the header, the caption's unit for amounts [Ziyun-2021]", () => {
    expect(facts(ZIYUN)).toEqual([
      ["地区生产总值", 9039000000, "CNY", "amount"],
      ["地区生产总值", 9.8, "percent", "growth"],
      ["第一产业", 3002000000, "CNY", "amount"],
      ["第一产业", 8, "percent", "growth"],
      ["第二产业", 1678000000, "CNY", "amount"],
      ["第二产业", 17.9, "percent", "growth"],
      ["工业", 625000000, "CNY", "amount"],
      ["工业", 7.5, "percent", "growth"],
      ["建筑业", 1054000000, "CNY", "amount"],
      ["建筑业", 26.1, "percent", "growth"],
      ["第三产业", 4359000000, "CNY", "amount"],
      ["第三产业", 8.2, "percent", "growth"],
    ]);
  });

  it("a first header 单位 names reporting units; a group cell spanning rows is dropped; ﹢/﹣ signs [Guangyuan-2019]", () => {
    const got = facts(GUANGYUAN);
    expect(got.slice(0, 4)).toEqual([
      ["旺苍", 162280, "t", "measure"],
      ["旺苍", 435680, "t", "measure"],
      ["旺苍", 326870, "t", "measure"],
      ["旺苍", 33.3, "percent", "growth"],
    ]);
    expect(got.filter((f) => f[0] === "昭化")).toEqual([
      ["昭化", 2900, "t", "measure"],
      ["昭化", 8200, "t", "measure"],
      ["昭化", 8900, "t", "measure"],
      ["昭化", -7.9, "percent", "growth"],
    ]);
    expect(got.filter((f) => f[0] === "广旺公司").map((f) => f[1])).toEqual([148880, 418570, 403540, 3.7]);
    expect(got.filter((f) => f[0] === "合计").map((f) => f[1])).toEqual([356750, 953740, 778150, 22.6]);
    expect(got).toHaveLength(20);
  });

  it("a header with its label cell left blank, one cell short of its rows [Yuhuan-2019]", () => {
    const table = [
      "表1 2019年玉环市生产总值",
      "| 绝 对 数 (亿元) | 比上年增长 (%) |",
      "地区生产总值 | 617.50 | 5.2 |",
      "第一产业 | 37.11 | 2.6 |",
      "2019年,全市户籍人均生产总值为141647元,比上年增长4.8%。",
    ].join("\n");
    expect(facts(table)).toEqual([
      ["地区生产总值", 61750000000, "CNY", "amount"],
      ["地区生产总值", 5.2, "percent", "growth"],
      ["第一产业", 3711000000, "CNY", "amount"],
      ["第一产业", 2.6, "percent", "growth"],
    ]);
  });

  it("negative [Fujian-2015]: framed rows headed by years are no blank-label header", () => {
    const table = [
      "| 2-3 总产出 | |||||",
      "| 单位:亿元 | |||||",
      "| 项目 | 2000 | 2005 | 2010 |",
      "| 第一产业 | 1037.27 | 1373.03 | 2307.05 |",
    ];
    expect(facts(table.join("\n"))).toEqual([]);
  });

  it("a page's metadata table gives nothing; a yearbook table headed by years is not read (a column per year: no period reader here) [Changzhou-2023, Quanzhou-2023]", () => {
    expect(
      facts(
        "索引号 | 014046317/2023-04100 | 生成日期 | 2023-10-18 | 公开日期 | 2023-10-18 |\n主题(一) | 国民经济管理、国有资产监管 | 主题(二) | 重大项目建设 | 体裁 | 其他 |",
      ),
    ).toEqual([]);
    expect(
      facts(
        "2—7 三次产业对经济增长的贡献率(1994—2022年) | ||||\n单位:% | ||||\n指标名称 | 1994 | 1995 | 1996 |\n地区生产总值 | 100.0 | 100.0 | 100.0 |\n第一产业 | 3.0 | 6.7 | 4.8 |",
      ),
    ).toEqual([]);
  });
});
