import { describe, expect, it } from "vitest";
import { datelineOf } from "../../data/events/dates/dateline.ts";
import { findEventClauses } from "../../data/events/find.ts";
import { docFromText } from "../entities/helpers.ts";

// Real sentences from news outside every held-out set (events2 included), 2026-11-28. Sources:
// [Henan] 拼抢二季度 重大项目推进势头强劲 (河南日报, 2023-06-01); [Hubei] 2023年二季度湖北省重大项目集中开工
// (2023); [Jilin] 集安 “长白山人参”推介会 (2023); [Jilinshi] 吉林市举行冬季百亿重大项目签约活动 (城市晚报/吉林日报,
// 2021-12-01); [Qianxinan] 黔西南州2022年一季度重大项目集中开工 (中国黔西南, 2022-01-11); [Qiannan] 黔南州
// 2015年首批重大项目集中开工 (发改委, 2015); [Lanzhou] 第二十六届兰洽会重点项目签约 (甘肃, 2020); [Wuhan] 武汉市
// 2022年第二季度重大项目集中开工 (2022); [Shuozhou] 朔州市开发区“三个一批”活动 (山西, 2022).

/** Events of a short text as [date, action] pairs (the year as the pipeline infers it). */
function events(raw: string): Array<[string | null, string]> {
  return findEventClauses(docFromText("t", raw)).map((e) => [e.date, e.action]);
}

describe("a date and a place, then the happening (news of several sites)", () => {
  it("each dated place takes the happening of the next sentence [Henan]", () => {
    const raw =
      "来源：河南日报2023-06-01 10:55\n5月27日，洛阳。总投资278亿元的中国石化洛阳百万吨乙烯项目建设现场，吊车林立、整装待发，省委书记楼阳生启动项目开工。\n5月29日，郑州航空港区。一期投资额约200亿元的新型显示模组项目举行启动仪式，省长王凯宣布开工。";
    expect(events(raw)).toEqual([
      ["2023-05-27", "开工"],
      ["2023-05-29", "开工"],
    ]);
  });

  it.each([
    ["a news clause is not a place", "5月27日，记者获悉。省委书记楼阳生宣布项目开工。"],
    ["a tally is not a ceremony", "5月27日，洛阳。全市新开工项目86个。"],
    ["the next paragraph is not the lead's", "5月27日，洛阳。\n省委书记楼阳生宣布项目开工。"],
    ["the next sentence has its own date", "5月27日，洛阳。5月29日省长王凯宣布开工。"],
  ])("%s", (_label, raw) => {
    const texts = findEventClauses(docFromText("t", raw)).map((e) => e.text);
    expect(texts.filter((t) => t.startsWith("5月27日"))).toEqual([]);
  });
});

describe("a coarser date after an empty day clause names the batch, not the day", () => {
  it("5月18日，2023年二季度…集中开工活动举行 is on 5月18日 [Hubei]", () => {
    expect(events("5月18日，2023年二季度湖北省重大项目集中开工活动举行。")).toEqual([["2023-05-18", "开工"]]);
  });

  it("the batch named after the place is already part of the clause [Wuhan]", () => {
    expect(events("4月27日，武汉市2022年第二季度全市重大项目集中开工活动顺利举行。")).toEqual([["2022-04-27", "开工"]]);
  });

  it("a coarse date with words between it and the day stays an anchor of its own [Shuozhou-style]", () => {
    // (2022年上半年，全市签约项目54个 is a tally, no event since round 4; the clause here tells a happening of the half-year.)
    expect(events("2022年9月5日，全市举行推介会，2022年上半年，全市举办了集中签约活动。")).toEqual([
      ["2022-09-05", "举行"],
      ["2022-01-01", "签约"],
    ]);
  });
});

describe("a milestone done at the meeting a continuation tells of", () => {
  it("此次推介会上…正式签约 adds a 签约 on the meeting's day [Jilin]", () => {
    const raw = "2023年3月14日上午9时，吉林省“长白山人参”推介会在北京举行。此次推介会上，我市有两个引资额超亿元项目正式签约。";
    expect(events(raw)).toEqual([
      ["2023-03-14", "会议"],
      ["2023-03-14", "签约"],
    ]);
  });

  it.each([
    ["a planned signing", "2023年3月14日，推介会在北京举行。此次推介会上，双方将于年内正式签约。"],
    ["a signing named, not done", "2023年3月14日，推介会在北京举行。此次推介会上，介绍了签约项目情况。"],
  ])("no 签约 for %s", (_label, raw) => {
    expect(events(raw)).toEqual([["2023-03-14", "会议"]]);
  });
});

describe("page stamps that date a report", () => {
  const when = (raw: string) => datelineOf(docFromText("t", raw))?.date ?? null;
  it.each([
    [
      "a stamp after the column's name [Qianxinan]",
      "中國黔西南 · 2022-01-11 16:57 留言\n1月11日，黔西南州舉行集中開工儀式。",
      "2022-01-11",
    ],
    ["a stamp after the source [Henan]", "来源：河南日报2023-06-01 10:55\n5月27日，洛阳。", "2023-06-01"],
    ["day first [Qiannan]", "黔南州首批重大项目集中开工\n16.03.2015 14:23\n3月11日，重大工程项目集中开工。", "2015-03-16"],
    ["a page header's date line [Jilinshi]", "2021年12月01日\n首页\n11月29日下午，吉林市举行签约活动。", "2021-12-01"],
    ["with its weekday", "2020年3月30日 星期一\n3月28日上午，集中开复工仪式举行。", "2020-03-30"],
  ])("%s", (_label, raw, want) => {
    expect(when(raw)).toBe(want);
  });

  it.each([
    ["a date without a clock in a sentence", "1月11日，黔西南州于2022-01-11举行集中开工仪式。"],
    ["an impossible day-first stamp", "31.02.2015 14:23\n3月11日，集中开工。"],
    ["a date line with more words", "2021年12月01日吉林市举行签约活动\n11月29日下午，签约。"],
  ])("no dateline from %s", (_label, raw) => {
    expect(when(raw)).toBeNull();
  });

  it("an event without a year anywhere stays undated, with its reason [Lanzhou]", () => {
    const [e] = findEventClauses(docFromText("t", "7月2日上午，第二十六届兰洽会重点项目签约暨招商引资项目省级奖励仪式在兰州举行。"));
    expect([e?.date, e?.action, e?.date_basis]).toEqual([null, "签约", "year_unknown"]);
  });

  it("a span's end follows its start into the dateline's year (云南省2026年政府工作报告, published 2026-02-03)", () => {
    const raw = "2026-02-03 09:02:33\n2026年政府工作报告\n3月19日至20日，习近平总书记在新时代第3次亲临云南考察并发表重要讲话。";
    const [e] = findEventClauses(docFromText("2026年政府工作报告", raw));
    expect([e?.date, e?.end_date, e?.date_basis]).toEqual(["2025-03-19", "2025-03-20", "year_from_dateline"]);
  });

  it("a day-first stamp places a year-less date [Qiannan]", () => {
    const [e] = findEventClauses(docFromText("t", "16.03.2015 14:23\n3月11日，黔南州第一批重大工程项目集中开工。"));
    expect([e?.date, e?.date_basis]).toEqual(["2015-03-11", "year_from_dateline"]);
  });
});

// [Anqing] 宜秀·白泽湖产业升级示范园揭牌 (安徽财经网, 2020-06-29); [Golmud] 海西州格尔木市100个项目集中开复工
// (新华网青海频道, 2023-03-24; the dated sentence shortened to its event); [Shenbei] 做好重点项目集中开复工仪式筹备工作
// (沈北新区政府网, 辽宁, 2022-09-18); [Zhangzhuang] 张庄街道双创园产业综合体等十个项目集中开工 (2017).
describe("ceremonies told together, 开复工, and sentences set at the ceremony", () => {
  it.each([
    [
      "a 揭牌 ceremony during which projects started [Anqing]",
      "6月28日上午，安庆市宜秀开发区管委会、安庆市宜秀区白泽湖乡人民政府举行宜秀.白泽湖产业升级示范园揭牌仪式。揭牌仪式中，安徽华鑫电线电缆有限公司、安徽今希智能设备有限公司等5个项目开工。",
      [
        [null, "揭牌"],
        [null, "开工"],
      ],
    ],
    ["开复工 is a 开工 [Golmud]", "2023年3月23日，海西州2023年项目集中开复工活动举行。", [["2023-03-23", "开工"]]],
    [
      "a 开工 and a 揭牌 in one clause give both",
      "2023年6月1日，中航光电华南产业基地研发中心揭牌，二期项目同时开工。",
      [
        ["2023-06-01", "开工"],
        ["2023-06-01", "揭牌"],
      ],
    ],
    [
      "仪式上 continues the event [Zhangzhuang]",
      "2017年4月19日上午，张庄街道双创园产业综合体等十个项目的集中开工仪式在现场隆重举行。仪式上，区委常委、常务副区长陈志会发表重要讲话，宣布项目正式开工。",
      [["2017-04-19", "开工"]],
    ],
  ] as const)("%s", (_label, raw, want) => {
    expect(events(raw)).toEqual(want);
  });

  it.each([
    [
      "a 开工 being prepared, before the date [Shenbei]",
      "为筹备此次集中开工活动，9月14日下午，郑树辉局长带队，到沈水、林盛、沙河街道调研重点项目。",
      [],
    ],
    ["a planned 揭牌 next to a done 签约", "2023年6月1日，研究院项目签约落户，计划年内揭牌运行。", [["2023-06-01", "签约"]]],
    ["奠基人 is a founder, not a ceremony", "2023年6月1日，纪念园区奠基人的座谈会召开，3个项目签约。", [["2023-06-01", "签约"]]],
    ["开复工 being prepared [Shenbei]", "2022年9月18日，市发改委要求做好重点项目集中开复工仪式筹备工作。", []],
  ] as const)("none for %s", (_label, raw, want) => {
    expect(events(raw)).toEqual(want);
  });
});

// [Chenzhou] 华新郴州公司日产4500吨水泥熟料生产线竣工暨产品面市 (华新水泥, 湖南, 2010).
describe("投运 and 投入运行 are a start of production", () => {
  it("生产线正式投入运行 [Chenzhou]", () => {
    const raw =
      "华新郴州项目依托郴州市良好的投资环境，于2008年1月14日经湖南省发改委核准立项，2008年11月大规模建设，在省市区各级政府的大力支持下，2009年12月5日生产线正式投入运行。";
    expect(events(raw)).toEqual([["2009-12-05", "投产"]]);
  });

  it.each([
    ["a planned start", "2023年5月1日，项目开工建设，预计明年投入运营。", [["2023-05-01", "开工"]]],
    ["a running total since the start", "2023年5月1日，电站自投运以来累计发电1亿千瓦时。", []],
  ] as const)("not for %s", (_label, raw, want) => {
    expect(events(raw)).toEqual(want);
  });
});
