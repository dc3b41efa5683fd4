import { describe, expect, it } from "vitest";
import { findTableFacts } from "../../../data/extract/table/index.ts";
import { normalizeText, toMatchView } from "../../../data/normalize/index.ts";

// Post hoc (after the blind score of bench/holdout/facts4, whose 宁夏 2022 表1 lost its rows after the first): sub-rows
// labelled 其中：… in a table flattened one cell per line. [Guizhou-2022] 贵州省2022年统计公报 表1 2022年年末常住人口数
// 及其构成 (贵州省统计局, 2023-05-17; tune set bench/holdout/facts3 a1), written one cell per line as web copies print
// it, with its sub-rows marked 其中：.

const STACKED = [
  "表1 2022年年末常住人口数及其构成",
  "",
  "指标名称",
  "",
  "绝对数(万人)",
  "",
  "占年末常住人口比重(%)",
  "",
  "年末常住人口",
  "",
  "3856",
  "",
  "100",
  "",
  "其中：城镇",
  "",
  "2114",
  "",
  "54.81",
  "",
  "乡村",
  "",
  "1742",
  "",
  "45.19",
  "",
  "其中：0-15岁（含不满16周岁）",
  "",
  "740",
  "",
  "19.19",
].join("\n");

function facts(raw: string) {
  const text = toMatchView(normalizeText(raw).text);
  return findTableFacts(text).map((f) => [f.metric, f.value, f.unit]);
}

describe("flattened tables with 其中： sub-rows", () => {
  // The match view folds full-width brackets to ASCII, so the metric reads (含不满16周岁).
  it("reads a sub-row labelled 其中：… and a label of up to 20 characters [Guizhou-2022]", () => {
    expect(facts(STACKED)).toEqual([
      ["年末常住人口", 38560000, "count"],
      ["年末常住人口", 100, "percent"],
      ["城镇", 21140000, "count"],
      ["城镇", 54.81, "percent"],
      ["乡村", 17420000, "count"],
      ["乡村", 45.19, "percent"],
      ["0-15岁(含不满16周岁)", 7400000, "count"],
      ["0-15岁(含不满16周岁)", 19.19, "percent"],
    ]);
  });

  it("a sentence line still ends the table", () => {
    const prose = [...STACKED.split("\n").slice(0, 13), "", "其中：城镇常住人口2114万人，比上年末增加。", "", "2114", "", "54.81"];
    expect(facts(prose.join("\n"))).toEqual([
      ["年末常住人口", 38560000, "count"],
      ["年末常住人口", 100, "percent"],
    ]);
  });
});
