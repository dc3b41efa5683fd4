import { describe, expect, it } from "vitest";
import { findTableFacts } from "../../../data/extract/table/index.ts";
import { normalizeText, toMatchView } from "../../../data/normalize/index.ts";

// Issue 14 item 3, round 4. [SD-2003] 山东统计年鉴2003 表12-11 规模以上非公有工业主要经济指标 (山东省统计局,
// tjj.shandong.gov.cn/tjnj/nj2003/12/12-11.htm), two columns of it laid out as a fixed-width table (类 别 and 总 计 written without their inner spaces): group rows
// (在总计中：, 一、按轻重工业分) carry no figures and head the indented rows under them.

const GROUPED = [
  "12-11 规模以上非公有工业主要经济指标(2002年)",
  "",
  "类别                企业单位数(个)      资产合计(万元)",
  "总计                8377                35949602",
  "在总计中：",
  "  亏损企业          1047                4202208",
  "一、按轻重工业分",
  "  轻工业            4821                18697035",
  "  重工业            3556                17252567",
  "",
  "规模以上非公有工业企业资产继续增加。",
].join("\n");

function facts(raw: string) {
  const text = toMatchView(normalizeText(raw).text);
  return findTableFacts(text).map((f) => [f.metric, f.value, f.unit]);
}

describe("fixed-width tables with group rows", () => {
  it("reads the indented rows under a group row, and stops at prose [SD-2003]", () => {
    expect(facts(GROUPED)).toEqual([
      ["总计", 8377, "count"],
      ["总计", 359496020000, "CNY"],
      ["亏损企业", 1047, "count"],
      ["亏损企业", 42022080000, "CNY"],
      ["轻工业", 4821, "count"],
      ["轻工业", 186970350000, "CNY"],
      ["重工业", 3556, "count"],
      ["重工业", 172525670000, "CNY"],
    ]);
  });

  it("a line of prose (a sentence with figures) after the rows is no group row: the table ends there", () => {
    const prose = [...GROUPED.split("\n").slice(0, 4), "全年新增企业312家，增长5.1%。", "  亏损企业          1047                4202208"];
    expect(facts(prose.join("\n"))).toEqual([
      ["总计", 8377, "count"],
      ["总计", 359496020000, "CNY"],
    ]);
  });
});
