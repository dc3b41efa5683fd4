import { describe, expect, it } from "vitest";
import { findEventClauses } from "../../data/events/find.ts";
import { inferDocumentMeta } from "../../data/meta/index.ts";
import { docFromText } from "../entities/helpers.ts";

// Issue 14 item 6 on news and reports outside the seeds. Sources: [Ningde] 中国宁德三都澳大黄鱼产业园举行
// 奠基仪式 (海峡风, 福建, 2020); [Maanshan] 中兴新地(马鞍山)产业园项目举行开工仪式 (安徽, 新闻); [Kaizhou]
// 开州集中签约31个重点项目 (重庆日报, 2024); [Tangshan] 2022年第四季度项目集中开工 (河北, 2022);
// [Panyu] 中航光电华南产业基地已全面开工 (光纤在线, 广东, 2021); [Renmin] 多个大工程竣工投产 (2021);
// [Issue14] the shapes listed in issue 14 item 6, written around names from these sources.

/** Events of a short text as [date, action] pairs (the year from the text, as the pipeline infers it). */
function events(raw: string): Array<[string | null, string]> {
  const doc = docFromText("t", raw);
  return findEventClauses(doc).map((e) => [e.date, e.action]);
}

describe("event actions (issue 14 item 6)", () => {
  it.each([
    ["奠基 [Ningde]", "2020年8月18日上午，中国宁德三都澳大黄鱼产业园举行奠基仪式。", [["2020-08-18", "奠基"]]],
    ["开工 at a ceremony [Maanshan]", "2021年8月26日上午，在中兴新地(马鞍山)产业园项目举行开工仪式。", [["2021-08-26", "开工"]]],
    ["集中开工 [Tangshan]", "2022年10月8日，市举行2022年第四季度项目集中开工活动。", [["2022-10-08", "开工"]]],
    ["破土动工 [Issue14]", "2024年3月6日，东鹏饮料昆明生产基地项目破土动工。", [["2024-03-06", "开工"]]],
    ["获批设立 [Issue14]", "2023年4月10日，滇中新区综合保税区获批设立。", [["2023-04-10", "获批"]]],
    ["揭牌 [Issue14]", "2023年6月1日，中航光电华南产业基地研发中心揭牌。", [["2023-06-01", "揭牌"]]],
    ["竣工投产 [Renmin]", "2021年6月28日，中国石化镇海一期项目竣工投产。", [["2021-06-28", "投产"]]],
    ["竣工 [Issue14]", "2021年6月28日，广州灣区半导体产业园一期竣工。", [["2021-06-28", "竣工"]]],
    [
      "签约, 开工 and 投产 in one clause give one event each [Kaizhou]",
      "2024年6月27日，开州区举行二季度招商引资项目“三集中”活动，集中签约31个重点项目，集中开工26个重点项目，集中投产18家企业。",
      [
        ["2024-06-27", "签约"],
        ["2024-06-27", "开工"],
        ["2024-06-27", "投产"],
      ],
    ],
    [
      "开竣工 gives 开工 and 竣工",
      "2020年10月28日，龙海区举行第四季度项目集中开竣工仪式。",
      [
        ["2020-10-28", "开工"],
        ["2020-10-28", "竣工"],
      ],
    ],
  ] as const)("%s", (_label, text, want) => {
    expect(events(text)).toEqual(want);
  });

  it("a planned 开工 next to a done 签约 is not an event of its own [Kaizhou-style]", () => {
    expect(events("2024年6月27日，集中签约31个重点项目，计划年内开工建设。")).toEqual([["2024-06-27", "签约"]]);
  });
});

describe("dates of events", () => {
  it("a news lead after 本报讯 gives its event [Issue14]", () => {
    expect(events("本报讯 2024年9月20日，德州天衢新区重点项目签约仪式举行，8个项目集中签约。")).toEqual([["2024-09-20", "签约"]]);
  });

  it("a lead after a wire credit and a publication time [Panyu]", () => {
    const raw = "发布时间:2021-11-29 10:59:26\n11/29/2021,光纤在线讯,2021年11月27日上午10点30分,中航光电华南产业基地举行全面开工仪式。";
    expect(events(raw)).toEqual([["2021-11-27", "开工"]]);
  });

  it("a day-only date takes the nearest preceding month of its paragraph [Issue14]", () => {
    const raw = "2023年9月22日，高新区珠三角专题招商推介会在深圳举行。23日上午，考察团一行与中航光电签约。";
    expect(events(raw)).toEqual([
      ["2023-09-22", "会议"],
      ["2023-09-23", "签约"],
    ]);
  });

  it("a day-only date in a new paragraph gets no month from the previous one", () => {
    const raw = "2023年9月22日，推介会在深圳举行。\n23日上午，考察团一行与中航光电签约。";
    expect(events(raw)).toEqual([
      ["2023-09-22", "会议"],
      [null, "签约"],
    ]);
  });
});

describe("the year of a document", () => {
  it("comes from the publication line before a year in the body [Panyu]", () => {
    const text =
      "中航光电华南产业基地已全面开工\n发布时间:2021-11-29 10:59:26\n项目按计划分两期建设，预计分别于2022年底和2024年底建成。2024年将全面投产，2024年底建成。";
    expect(inferDocumentMeta(text, "中航光电华南产业基地已全面开工").year).toBe(2021);
  });
});
