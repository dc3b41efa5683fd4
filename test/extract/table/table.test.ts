import { describe, expect, it } from "vitest";
import { findTableFacts } from "../../../data/extract/table/index.ts";
import { normalizeText } from "../../../data/normalize/index.ts";

// Issue 14 item 3. [NBS-2016-12] figures of 国家统计局 "2016年12月份规模以上工业增加值" (分产品看: 钢材9571万吨,
// 同比下降0.2%; 水泥19979万吨, 下降1.2%; 汽车298.2万辆, 增长12.7%; 发电量5329亿千瓦时, 增长6.9%), laid out as a
// bulletin's fixed-width table; [Changzhou] 常州市统计局 "五大产业产值" (2011), a web table flattened one cell
// per line as copied from the page.

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

function facts(raw: string) {
  const text = normalizeText(raw).text;
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

  it.each([
    ["prose", "全年粮食总产量1234万吨，比上年增长2.1%。"],
    ["a list of short lines without numbers", "一、工业\n二、农业\n三、服务业"],
    ["a header without rows", "产品名称        计量单位        产量"],
    ["numbered headings followed by numbers", "一、综合\n2023\n二、农业\n2024"],
  ])("finds nothing in %s", (_label, raw) => {
    expect(facts(raw)).toEqual([]);
  });
});
