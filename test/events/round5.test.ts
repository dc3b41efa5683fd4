import { describe, expect, it } from "vitest";
import { publishedFromLines } from "../../data/events/dates/dateline.ts";
import { findDates } from "../../data/events/dates/find.ts";
import { reportYearOf } from "../../data/events/dates/reportYear.ts";
import { findEventClauses } from "../../data/events/find.ts";
import { docFromText } from "../entities/helpers.ts";

// Round 5 (post hoc, after the single blind score of ../../bench/holdout/events7): real sentences, 2026-11-28. Sources:
// [Mianyang2016] 全省第四季度重大项目集中开工仪式绵阳分会场在安州区举行 (绵阳日报 copy, 2016: events7 a01, the only report at
// hand with the 昨（10月31）日 form); [Yulin2022] 榆林市2022年四季度集中开工仪式举行 (各界新闻网, 2022-10-27); [Fuling2024]
// 简讯：涪陵区26个重点项目开竣工 (重庆日报 copy, 2024-08-30); [Qujing2020] 曲靖市21个重点项目集中开工 (掌上曲靖, 2020-05-19);
// [Longhua2018] 龙华区第一届人民代表大会第二次会议开幕 (深圳新闻网, 2018-01-24: ../../bench/holdout/indicators2 09);
// [Dongli2022] 东丽区今年新开工项目33个 (天津北方网, 2022-02-12: events7 a10); [Wenchang2018] 文昌12个项目集中开工 (海南
// 日报, 2018-12-28: events7 a05); [Jiading2022] 上海五个新城首批重大项目集中开工（签约）仪式 (文汇报, 2022-01-06: events7
// a06); [Yinchuan2021] 寧夏銀川經開區…“三新產業”持續發力 (人民網 copy, 2021, pinyin glosses removed); [Yinchuan2009] 銀川20億單晶硅等新能源項目奠基 (2009: events7 a12);
// [Kunming2021] 云南自贸试验区昆明片区…集中开工 (本报讯, 2021: ../../bench/holdout/events3 a3).

/** Events of a whole text, its region and year inferred as the pipeline infers them, as [date, action, basis]. */
function docEvents(raw: string): Array<[string | null, string, string]> {
  return findEventClauses(docFromText("t", raw)).map((e) => [e.date, e.action, e.date_basis]);
}

describe("昨（10月31）日: a date written inside 昨…日", () => {
  it.each([
    ["month and day [Mianyang2016]", "昨（10月31）日", { kind: "day", year: null, month: 10, day: 31 }],
    ["half-width brackets", "昨(10月31)日", { kind: "day", year: null, month: 10, day: 31 }],
    ["a day alone is a day-only date", "今（5）日", { kind: "dayOnly", day: 5 }],
  ] as const)("%s", (_label, text, parts) => {
    expect(findDates(`${text}，全省第四季度重大项目集中开工仪式举行。`)[0]?.parts).toEqual(parts);
  });

  it("dates the ceremony, with no year where the report gives none [Mianyang2016]", () => {
    const raw =
      "本报讯（记者 葛永坤 李志豪）在全市上下认真贯彻党的十八届六中全会，以及市第七次党代会和市“两会”精神，深入推进“项目年”行动的关键时刻，昨（10月31）日，全省第四季度重大项目集中开工仪式绵阳分会场在安州区举行，天雄药业年产1.5万吨中药配方颗粒项目暨102个重点项目集中开工，总投资287.68亿元。";
    expect(docEvents(raw)).toEqual([[null, "开工", "year_unknown"]]);
  });

  it.each([
    ["an impossible day", "昨（2月30）日"],
    ["a bracketed aside, not inside 昨…日", "（10月31日）"],
  ])("no such date: %s", (_label, text) => {
    expect(findDates(text).filter((d) => d.rule === "bracketedDay")).toEqual([]);
  });
});

describe("a page's stamp in a dropped 来源 line is its publication date", () => {
  it.each([
    ["来源 and a clocked stamp [Yulin2022]", ["来源： 各界新闻网 2022-10-27 18:08:30"], "2022-10-27"],
    ["stamp then 来源 [Fuling2024]", ["2024-08-30 16:46:07来源：重庆日报栏目：产经"], "2024-08-30"],
    ["site name and stamp [Qujing2020]", ["掌上曲靖 2020-05-19 22:20:23"], "2020-05-19"],
    ["编辑 line with a stamp [Longhua2018]", ["编辑：胡安坤2018-01-24 16:20内容来源：龙华网"], "2018-01-24"],
    ["a bare 时间： label [Dongli2022]", ["来源： 天津北方网 时间： 2022-02-12 09:03:16"], "2022-02-12"],
    ["a 发布时间 line still wins over a later stamp", ["发布时间：2021年09月29日", "2022-01-01 10:00"], "2021-09-29"],
    ["a date line without a clock is no stamp [the copying page's own date]", ["2024 年 04 月 16 日 星期二"], null],
    ["an impossible stamp", ["时间：2022-13-40 10:00"], null],
  ] as const)("%s", (_label, lines, date) => {
    expect(publishedFromLines(lines)).toBe(date);
  });
});

describe("a plan's year does not date a report's yearless days", () => {
  it("only plans name the year: unknown [Wenchang2018]", () => {
    const raw =
      "陵水开工7个项目\n\n12月28日上午，在海南自由贸易试验区建设项目（第二批）集中开工和签约陵水分会场，该县宣布7个项目集中开工。\n\n其中，文昌市生活垃圾焚烧发电场扩建（二期）工程PPP项目拟建一座处理规模600t/d的焚烧发电厂，计划2020年6月竣工；文昌市人民医院锦山分院综合住院楼项目位于锦山镇中心卫生院，总建筑面积9.9万平方米，计划2020年6月竣工。";
    expect(docEvents(raw).map(([d, a]) => [d, a])).toEqual([
      [null, "签约"],
      [null, "开工"],
    ]);
    expect(reportYearOf(docFromText("t", raw)).weak).toContain("计划2020年6月竣工");
  });

  it("拟于2024年投产 twice does not make the report's year [Jiading2022]", () => {
    const raw =
      "嘉定\n\n此次开工的联影医疗产业化示范基地二期项目是嘉定区高性能医疗设备及精准产业发展的又一新的增长点，该项目占地面积约200亩，拟于2024年投产，达产产值25亿元。艾普强粒子计划建设成为集研发、生产及销售一体的企业总部，投资额5.1亿元，占地面积约52亩，拟于2024年投产，达产产值6亿元。";
    const doc = docFromText("t", raw);
    expect(doc.year).toBe(2024);
    expect(reportYearOf(doc)).toEqual({ year: null, weak: "报告年份2024只见于“拟于2024年投产”，不足以定年" });
  });
});

describe("an action between 继 and 后 is an earlier happening", () => {
  it.each([
    [
      "继…集中开工后: the zone's earlier batches [Yinchuan2009]",
      "8月22日，總投資超過20億元的五個新能源項目在銀川經濟技術開發區西區舉行隆重的奠基儀式，這是繼開發區今年前四批重點項目集中開工后，銀川經濟技術開發區迎來的又一投資熱潮。",
      [[null, "奠基"]],
    ],
    [
      "继 bringing the earlier days: 3月5日 is an earlier happening of its own [Yinchuan2021]",
      "7月23日上午，2021年銀川市第三批重大項目集中開工推進會在經開區“寧夏中晶新型碳纖維復合材料產業化項目”現場舉行，這是園區繼3月5日、3月18日、5月21日項目集中開工之後，今年下半年在區、市黨委政府的正確領導下，項目強區再掀新熱潮、再開新局面。",
      [
        ["2021-07-23", "开工"],
        ["2021-03-05", "开工"],
      ],
    ],
    [
      "继 bringing its own date keeps it [Kunming2021]",
      "本报讯 记者从昆明片区获悉，在继3月上旬集中签约一批重大项目后，昆明片区又于3月15日组织了今年第一批27个建设项目集中开工。",
      [
        [null, "签约"],
        [null, "开工"],
      ],
    ],
  ] as const)("%s", (_label, raw, expected) => {
    const got = findEventClauses(docFromText("t", raw)).map((e) => [e.date, e.action]);
    expect(got, JSON.stringify(findEventClauses(docFromText("t", raw)), null, 1)).toEqual(expected);
  });
});
