import { describe, expect, it } from "vitest";
import { datelineOf, shiftDay } from "../../../data/events/dates/dateline.ts";
import { findEventClauses } from "../../../data/events/find.ts";
import { docFromText } from "../../entities/helpers.ts";

// 昨日/今天 counted from a news report's own date. Sources: [Huzhou] 吴兴区新青年城市百亿项目集中开工暨重大项目
// 签约仪式 (湖州日报, 浙江, 2022-11-16; the page prints the time stamp line); [Jieshou] 界首市举行5月份重点项目
// 集中开工仪式 (界首新闻网, 安徽, 发布日期:2016-05-23); [Zhejiang] 第五批全省扩大有效投资重大项目集中开工
// (浙江新闻, 2018); [Issue14] the news-lead shape of issue 14 item 6 (本报讯 2024年9月20日，…).

type Row = [label: string, raw: string, events: Array<[string | null, string, string]>];

const ROWS: Row[] = [
  [
    "昨天上午 after a time-stamp line [Huzhou]",
    "2022-11-16 20:32:24\n昨天上午，湖州市吴兴区新青年城市2022年百亿项目集中开工暨重大项目签约仪式举行。",
    [
      ["2022-11-15", "签约", "relative_to_dateline"],
      ["2022-11-15", "开工", "relative_to_dateline"],
    ],
  ],
  [
    "昨日 after a 讯 dateline [Issue14]",
    "本报讯 2024年9月20日讯：昨日上午，开州区举行二季度招商引资项目集中签约活动。",
    [["2024-09-19", "签约", "relative_to_dateline"]],
  ],
  [
    "今日 with no date anywhere stays undated [Zhejiang]",
    "新一轮重大工程建设掀高潮。今日，第五次全省扩大有效投资重大项目集中开工仪式举行，宁波有92个项目入选。",
    [[null, "开工", "relative_unknown"]],
  ],
  [
    "今天 before a written date: the written date dates the event [Zhejiang]",
    "2018年4月3日\n今天(4月3日)上午，金华市在东阳南马镇举行全省扩大有效投资重大项目集中开工仪式金华分会场活动。",
    // The line 2018年4月3日 alone is the page's date line (round 2): the year is the dateline's.
    [["2018-04-03", "开工", "year_from_dateline"]],
  ],
];

describe("relative days from the dateline", () => {
  it.each(ROWS)("%s", (_label, raw, expected) => {
    const got = findEventClauses(docFromText("t", raw)).map((e) => [e.date, e.action, e.date_basis]);
    expect(got, JSON.stringify(findEventClauses(docFromText("t", raw)), null, 1)).toEqual(expected);
  });

  it.each([
    ["a labelled publication date [Jieshou]", "界首市举行5月份重点项目集中开工仪式\n发布日期:2016-05-23 阅读:1160次", "2016-05-23"],
    ["a 讯 dateline [Issue14]", "本报讯 2024年9月20日讯：昨日上午，开州区举行签约活动。", "2024-09-20"],
    ["no dateline [Zhejiang]", "今日，第五次全省扩大有效投资重大项目集中开工仪式举行。", null],
  ])("datelineOf: %s", (_label, raw, date) => {
    expect(datelineOf(docFromText("t", raw))?.date ?? null).toBe(date);
  });

  it("falls back to the file's publication date", () => {
    const doc = { ...docFromText("t", "昨日，某区举行项目集中开工仪式。"), published: "2023-03-01" };
    expect(datelineOf(doc)).toEqual({ date: "2023-03-01", text: "发布日期 2023-03-01", yearWritten: true });
    expect(findEventClauses(doc).map((e) => e.date)).toEqual(["2023-02-28"]);
  });

  it("shiftDay crosses months and leap days", () => {
    expect(shiftDay("2024-03-01", -1)).toBe("2024-02-29");
    expect(shiftDay("2023-01-01", -2)).toBe("2022-12-30");
  });
});
