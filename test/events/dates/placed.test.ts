import { describe, expect, it } from "vitest";
import { publishedFromLines } from "../../../data/events/dates/dateline.ts";
import { findEventClauses } from "../../../data/events/find.ts";
import { docFromText } from "../../entities/helpers.ts";

// Issue 14 item 6: dates placed by the report's own dateline, and dates written after their subject.
// Sources: [Jiangxi2022] 江西全省计划一季度开工亿元以上重大项目达2051个 (大江网, 2022-02-16); [Ganzhou2022] 江西赣州
// 242个重大项目联动开工 (东方财富, 2022-08-03); [Nanan2021] 重庆开发区十六个重大项目集中开工 (重庆开发区, 发布时间
// 2021年09月29日); [Wanqi2020] 广西“湾企入桂”签约合作项目92个 (人民网-广西频道, 2020-09-24); [Nanchang2023] 江西南昌县
// 第二季度重大重点项目集中开工 (新华社, 2023-04-28); [Guilin2015] 第十二届东博会桂林市经济合作项目签约仪式 (新浪广西,
// 2015); [Issue14] shapes of issue 14 item 6 written around names from these sources.

type Row = [label: string, raw: string, events: Array<[string | null, string, string]>];

const ROWS: Row[] = [
  [
    "a date after its subject: the subject's 开工 is the action [Jiangxi2022]",
    "时间：2022-02-16 19:28:34 来源：大江网\n“省市县三级项目协同联动开工”暨2022年“项目大会战”动员大会2月16日在南昌举行。",
    [["2022-02-16", "开工", "year_from_dateline"]],
  ],
  [
    "a day-only date before 举行 takes the month of the time stamp [Ganzhou2022]",
    "2022-08-03 14:20 | 来源：东方财富 | 编辑：文辉\n客家摇篮江西省赣州市3日举行重大项目联合开工会，联合开工项目242个，总投资1609亿元。",
    [["2022-08-03", "开工", "month_from_dateline"]],
  ],
  [
    "a date after a list ending in …… opens its clause [Nanan2021]",
    "发布时间：2021年09月29日 09:41\n中国信通院西部分院基地（一期）、长江生态环境学院、广阳岛国际会议中心……9月26日，南岸区、重庆经开区举行重大项目集中开工活动。",
    [["2021-09-26", "开工", "year_from_dateline"]],
  ],
  [
    "a 电 lead without its year takes the year of the page's time stamp [Wanqi2020]",
    "2020年09月24日18:03  来源：人民网-广西频道\n人民网南宁9月24日电 （记者邓建胜、庞革平）9月24日下午，广西壮族自治区党委、政府在广东省深圳市举行推介会暨签约仪式。",
    [["2020-09-24", "签约", "year_from_dateline"]],
  ],
  [
    "the 时间 line's year beats a year in the body [Nanchang2023]",
    "时间：2023-04-28 15:28:14 来源： 新华社\n4月27日上午，江西省南昌县（小蓝经开区）举行2024年前要完成的重大重点项目集中开工仪式。",
    [["2023-04-27", "开工", "year_from_dateline"]],
  ],
  [
    "a month-day after the dateline's is of the year before [Guilin2015, with a publication line of the next January]",
    "发布时间：2016-01-05\n9月18日上午，第十二届中国—东盟博览会桂林市经济合作项目签约仪式举行，现场签约33个项目。",
    [["2015-09-18", "签约", "year_from_dateline"]],
  ],
  [
    "a day after the dateline's day is not given the dateline's month [Ganzhou2022]",
    "2022-08-03 14:20 | 来源：东方财富\n赣州市25日举行重大项目联合开工会。",
    [[null, "开工", "day_only"]],
  ],
];

const NEGATIVES: Array<[label: string, raw: string]> = [
  ["a planned date after its subject (将于) [Issue14]", "2022-08-03 14:20 | 来源：东方财富\n赣州经开区富士康智能制造项目将于8月18日开工。"],
  ["a quarter after its subject is a plan's period, not a day [Issue14]", "九龙万博特铝新材料项目计划2021年第四季度竣工投产。"],
  ["第3日 is no date [Issue14]", "活动第3日举行了闭幕式。"],
];

describe("dates placed by the dateline, and dates after their subject", () => {
  it.each(ROWS)("%s", (_label, raw, expected) => {
    const got = findEventClauses(docFromText("t", raw)).map((e) => [e.date, e.action, e.date_basis]);
    expect(got, JSON.stringify(findEventClauses(docFromText("t", raw)), null, 1)).toEqual(expected);
  });

  it.each(NEGATIVES)("no event: %s", (_label, raw) => {
    expect(findEventClauses(docFromText("t", raw)).map((e) => [e.date, e.action])).toEqual([]);
  });

  it.each([
    ["a dropped 来源/发布时间 line [Nanan2021]", ["来源：重庆开发区 发布时间：2021年09月29日 09:41"], "2021-09-29"],
    ["a 发布日期 line [Issue14]", ["发布日期:2016-05-23 阅读:1160次"], "2016-05-23"],
    ["no publication line", ["责任编辑：江小来"], null],
  ])("publishedFromLines: %s", (_label, lines, date) => {
    expect(publishedFromLines(lines)).toBe(date);
  });
});
