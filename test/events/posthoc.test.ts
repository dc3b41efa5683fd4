import { describe, expect, it } from "vitest";
import { findEventClauses } from "../../data/events/find.ts";
import { docFromText } from "../entities/helpers.ts";

// Misses found scoring the blind set bench/holdout/facts2 (fixed after its first score, reported
// separately). Sentences from its reports: [Yongchuan2024] 重庆枢纽港产业园重点产业项目集中签约开工
// (2024-12-04, printed in traditional characters); [Wanzhou] 九龙万博特铝新材料项目在万州经开区开工 (重庆日报);
// [Guilin2024] 桂林签约总额近150亿元 (中新网, 2024); and for the negatives [Hechuan2022] 合川区工业重大项目集中
// 开工仪式 (2022-12-27), [Guilin2015] 第十二届东博会桂林市经济合作项目签约仪式 (新浪广西, 2015).

const events = (raw: string) => findEventClauses(docFromText("t", raw)).map((e) => [e.date, e.action]);

describe("events in traditional characters and ceremonies told in the next sentence", () => {
  it("簽約開工 read through the folded view gives 签约 and 开工 [Yongchuan2024]", () => {
    expect(events("2024年12月4日，重慶樞紐港產業園重點產業項目集中簽約開工活動在永川高新區鳳凰湖產業園舉行。")).toEqual([
      ["2024-12-04", "签约"],
      ["2024-12-04", "开工"],
    ]);
  });

  it("開工 in traditional characters [Wanzhou]", () => {
    const got = findEventClauses(docFromText("t", "9月28日，重慶市九龍萬博新材料科技有限公司特鋁新材料項目在萬州經開區九龍園開工。"));
    expect(got.map((e) => e.action)).toEqual(["开工"]);
    // The event keeps the report's own words.
    expect(got[0]!.text).toContain("開工");
  });

  it("a signing ceremony attended in the next sentence of the paragraph is that day's 签约 [Guilin2024]", () => {
    const raw =
      "9月24日，第21届中国—东盟博览会暨中国—东盟商务与投资峰会在广西南宁开幕。桂林市代表团参加开幕式并参加招商引资项目签约仪式等系列投资贸易活动，签约总额149.9亿元。";
    expect(events(raw).map((e) => e[1])).toEqual(["会议", "签约"]);
  });

  it.each([
    [
      "a next sentence without a ceremony adds nothing [Hechuan2022]",
      "12月27日，重庆市合川区工业重大项目集中开工仪式在工业园区草街拓展区举行。合川区委书记郑立伟致辞并宣布开工。",
      ["开工"],
    ],
    [
      "a ceremony in the next paragraph is not that day's [Guilin2024]",
      "9月24日，第21届中国—东盟博览会在广西南宁开幕。\n\n桂林市代表团参加招商引资项目签约仪式。",
      ["会议"],
    ],
    [
      "a milestone already told is not added twice [Guilin2015]",
      "9月18日上午，第十二届中国—东盟博览会桂林市经济合作项目签约仪式举行，现场签约33个项目。市长周家斌出席仪式并见证签约。",
      ["签约"],
    ],
  ])("%s", (_label, raw, actions) => {
    expect(events(raw).map((e) => e[1])).toEqual(actions);
  });
});
