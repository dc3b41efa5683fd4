import { describe, expect, it } from "vitest";
import { findTableFacts } from "../../../data/extract/table/index.ts";
import { normalizeText, toMatchView } from "../../../data/normalize/index.ts";

// Issue 14 item 3. [NBS-2016-12] figures of 国家统计局 "2016年12月份规模以上工业增加值" (分产品看: 钢材9571万吨,
// 同比下降0.2%; 水泥19979万吨, 下降1.2%; 汽车298.2万辆, 增长12.7%; 发电量5329亿千瓦时, 增长6.9%), laid out as a
// bulletin's fixed-width table; [Changzhou] 常州市统计局 "五大产业产值" (2011), a web table flattened one cell
// per line as copied from the page; [Retail-2022-09] 社会消费品零售总额 2022年9月 (市统计局, 2022-10-25; a web table
// copied one cell per line, printed in traditional characters, the unit in the first row's label).

const FIXED = [
  "表3  2016年12月份规模以上工业主要产品产量",
  "",
  "产品名称        计量单位        产量        比上年同月增长(%)",
  "钢材            万吨            9571        -0.2",
  "水泥            万吨            19979       -1.2",
  "汽车            万辆            298.2       12.7",
  "发电量          亿千瓦时        5329        6.9",
  "",
  "分产品看，多数产品产量保持增长。",
].join("\n");

const STACKED = [
  "最新统计数据显示，今年前11个月全市规模以上五大产业企业累计完成产值4251.2亿元。",
  "单位：万元",
  "现 价 工 业 产 值 |",
  "本月 |",
  "增长% |",
  "累计 |",
  "累计增长 |",
  "五大产业合计 |",
  "4448189 |",
  "19.31 |",
  "42512215 |",
  "27.11 |",
  "装备制造业 |",
  "2340183 |",
  "16.50 |",
  "21242484 |",
  "24.84 |",
  "(统计局工业处：詹威) |",
].join("\n");

// The NBS table above as web copies print it: the padding collapsed to single spaces, the unit in the header.
const COLLAPSED = [
  "表3 2016年12月份规模以上工业主要产品产量",
  "产品名称 产量（万吨） 比上年同月增长（%）",
  "钢材 9571 -0.2",
  " 其中 冷轧钢材 2011.5 3.4",
  "水泥 19979 -1.2",
  "",
  "分产品看，多数产品产量保持增长。",
].join("\n");

const RETAIL = [
  "社會消費品零售總額",
  "",
  "2022年9月",
  "",
  "指標",
  "",
  "本月",
  "",
  "比去年同月增長(%)",
  "",
  "1-本月",
  "",
  "比去年同期增長(%)",
  "",
  "社會消費品零售總額(億元)",
  "",
  "1478.53",
  "",
  "0.3",
  "",
  "11864.63",
  "",
  "-10.7",
  "",
  "     # 批發零售業",
  "",
  "1363.93",
  "",
  "0.6",
  "",
  "11055.38",
  "",
  "-9.4",
  "",
  "       住宿餐飲業",
  "",
  "114.60",
  "",
  "-2.8",
  "",
  "809.25",
  "",
  "-24.8",
].join("\n");

function facts(raw: string) {
  // The pipeline reads tables through the match view (same length: traditional folded, full-width ASCII half-width).
  const text = toMatchView(normalizeText(raw).text);
  return findTableFacts(text).map((f) => {
    expect(text.slice(f.docStart, f.docStart + f.text.length)).toBe(f.text);
    return [f.metric, f.value, f.unit, f.kind, f.unit_text];
  });
}

describe("text tables", () => {
  it("fixed-width: one fact per cell, row label as metric, unit column as unit, header deciding kind [NBS-2016-12]", () => {
    expect(facts(FIXED)).toEqual([
      ["钢材", 95710000, "t", "measure", "万吨"],
      ["钢材", -0.2, "percent", "growth", "%"],
      ["水泥", 199790000, "t", "measure", "万吨"],
      ["水泥", -1.2, "percent", "growth", "%"],
      ["汽车", 2982000, "count", "count", "万辆"],
      ["汽车", 12.7, "percent", "growth", "%"],
      ["发电量", 532900000000, "kWh", "measure", "亿千瓦时"],
      ["发电量", 6.9, "percent", "growth", "%"],
    ]);
  });

  it("one cell per line, with the caption's unit for the amount columns [Changzhou]", () => {
    expect(facts(STACKED)).toEqual([
      ["五大产业合计", 44481890000, "CNY", "amount", "万元"],
      ["五大产业合计", 19.31, "percent", "growth", "%"],
      ["五大产业合计", 425122150000, "CNY", "amount", "万元"],
      ["五大产业合计", 27.11, "percent", "growth", "%"],
      ["装备制造业", 23401830000, "CNY", "amount", "万元"],
      ["装备制造业", 16.5, "percent", "growth", "%"],
      ["装备制造业", 212424840000, "CNY", "amount", "万元"],
      ["装备制造业", 24.84, "percent", "growth", "%"],
    ]);
  });

  it("an amount column without a unit anywhere gives no amount (unknown beats wrong) [Changzhou]", () => {
    const noCaption = STACKED.replace("单位：万元\n", "");
    expect(facts(noCaption).map((f) => f[3])).toEqual(["growth", "growth", "growth", "growth"]);
  });

  it("a copy with single spaces: header split at spaces, a row as a label and the header's count of numbers [NBS-2016-12]", () => {
    expect(facts(COLLAPSED)).toEqual([
      ["钢材", 95710000, "t", "measure", "万吨"],
      ["钢材", -0.2, "percent", "growth", "%"],
      ["冷轧钢材", 20115000, "t", "measure", "万吨"],
      ["冷轧钢材", 3.4, "percent", "growth", "%"],
      ["水泥", 199790000, "t", "measure", "万吨"],
      ["水泥", -1.2, "percent", "growth", "%"],
    ]);
  });

  it("one cell per line in traditional characters, the first row's unit holding for the rows under it [Retail-2022-09]", () => {
    expect(facts(RETAIL)).toEqual([
      ["社会消费品零售总额", 147853000000, "CNY", "amount", "亿元"],
      ["社会消费品零售总额", 0.3, "percent", "growth", "%"],
      ["社会消费品零售总额", 1186463000000, "CNY", "amount", "亿元"],
      ["社会消费品零售总额", -10.7, "percent", "growth", "%"],
      ["批发零售业", 136393000000, "CNY", "amount", "亿元"],
      ["批发零售业", 0.6, "percent", "growth", "%"],
      ["批发零售业", 1105538000000, "CNY", "amount", "亿元"],
      ["批发零售业", -9.4, "percent", "growth", "%"],
      ["住宿餐饮业", 11460000000, "CNY", "amount", "亿元"],
      ["住宿餐饮业", -2.8, "percent", "growth", "%"],
      ["住宿餐饮业", 80925000000, "CNY", "amount", "亿元"],
      ["住宿餐饮业", -24.8, "percent", "growth", "%"],
    ]);
  });

  it("a bracket that names the row (地区生产总值(GDP)) gives no unit: the header's unit holds [NBS-2016-12]", () => {
    const gdp = ["指标 完成数（亿元） 比上年增长（%）", "地区生产总值（GDP） 1234.5 5.1"].join("\n");
    expect(facts(gdp)).toEqual([
      ["地区生产总值(GDP)", 123450000000, "CNY", "amount", "亿元"],
      ["地区生产总值(GDP)", 5.1, "percent", "growth", "%"],
    ]);
  });

  it.each([
    ["a prose line with spaces", "全年 粮食 总产量 1234 万吨，比上年增长 2.1%。"],
    ["a collapsed header whose rows hold words between the numbers", "产品名称 产量 比上年增长\n钢材 9571 万吨 -0.2"],
    ["prose", "全年粮食总产量1234万吨，比上年增长2.1%。"],
    ["a list of short lines without numbers", "一、工业\n二、农业\n三、服务业"],
    ["a header without rows", "产品名称        计量单位        产量"],
    ["numbered headings followed by numbers", "一、综合\n2023\n二、农业\n2024"],
  ])("finds nothing in %s", (_label, raw) => {
    expect(facts(raw)).toEqual([]);
  });
});
