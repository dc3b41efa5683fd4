import { describe, expect, it } from "vitest";
import { findEventClauses } from "../../data/events/find.ts";
import { sumsByAction } from "../../data/events/followUp.ts";
import { docFromText } from "../entities/helpers.ts";

// The amount and count of a happening told in a later sentence (round 6, after events8's blind score). Real sentences:
// [Weifang] 潍坊滨海区12个重大项目集中开工 (events4 b1); [Kaifeng2024] 开封市产城融合示范区重点项目集中签约 (entities6 a2);
// [Bazhong] 巴中經開區重大項目集中開工 (events4 b5, 繁体); [Fuling2024] 涪陵区三季度26个重点项目开竣工 (events7 a08);
// [Luoyang2021] 洛阳伊滨区第二季度重大项目集中开工 (河南日报客户端, 2021: events8 a02); [Ganzhou2022] 赣州综保区2022年第一批项目
// 集中开竣工 (中国青年网, 2022: events6 b1); [Dongli2022] 东丽区重大项目集中开工 (天津北方网, 2022: events7 a10); [Urumqi2020]
// 乌鲁木齐经开区28个重点建设项目集中开工 (新疆日报, 2020: events8 a07); [Jiading2022] 上海五个新城首批重大项目集中开工 (文汇报, 2022: events7 a06);
// [Lingao2025] 海南临高县集中签约开工25个项目 (entities3 r2); [Quanzhou2024] 泉州768个重大项目集中开竣工 (改革网, 2024: events5 a1);
// [Jiangxi2024] 江西一季度开工重大项目 (人民日报, 2024-02-20: facts2 03).

type Row = [action: string, amount: number | null, projects: number | null];
const rows = (raw: string): Row[] => findEventClauses(docFromText("t", raw)).map((e) => [e.action, e.amount_cny, e.project_count] as Row);

describe("the sentence right after the happening's words", () => {
  it.each([
    [
      "项目总投资… opening the next sentence [Weifang]",
      "3月4日，潍坊滨海区12个重大项目集中开工。项目总投资245亿元，涵盖装备制造、临港物流、现代农业、精细医药、城市建设等重点领域，将进一步助推滨海区打造高能级产业集群，加快构建现代化海洋经济体系。",
      [["开工", 24500000000, 12]],
    ],
    [
      "总投资…的5个项目集中签约 [Kaifeng2024]",
      "2月27日，开封市产城融合示范区重点项目集中签约仪式举行。总投资29亿元的5个项目集中签约。",
      [["签约", 2900000000, 5]],
    ],
  ] as const)("%s", (_label, raw, expected) => {
    expect(rows(raw)).toEqual(expected);
  });

  it.each([
    [
      "a year's tally and plan [Dongli2022]",
      "天津北方网讯：2月10日，东丽区重大项目集中开工仪式在华明高新区英诺美迪国际医疗器械产业园项目现场举行。据悉，东丽区今年新开工项目共计33个，计划总投资378亿元。",
    ],
    [
      "a project named by 的开工, one of the batch [Urumqi2020]",
      "同日，在乌鲁木齐经开区两河片区，基础设施建设项目、高端制造科技产业园建设项目、建投新兴产业园项目同时动工。高端制造科技产业园建设项目计划总投资400亿元，该项目的开工，对进一步填平补齐产业链具有重要意义。",
    ],
    [
      "this year's first batch of one new town, a part of the ceremony [Jiading2022]",
      "1月6日上午，2022年上海五个新城首批重大项目集中开工（签约）仪式在嘉定举行。嘉定新城作为本次活动主会场今年首批6个重大项目开工，总投资约78.9亿元。",
    ],
  ])("no amount from %s", (_label, raw) => {
    expect(rows(raw).every(([, amount]) => amount === null)).toBe(true);
  });
});

describe("a sentence on the batch (此次…) a few sentences on", () => {
  it("past a sentence of who attended [Bazhong]", () => {
    const raw =
      "4月29日，巴中經開區高分子復合新材料產業園等重大項目集中開工活動舉行。副市長何金虎出席并宣布項目開工。\n據了解，此次集中開工的10個重大項目，總投資40.6億元，年度計劃投資6.6億元。";
    expect(rows(raw)).toEqual([["开工", 4060000000, 10]]);
  });

  it("past a paragraph on the year's figures [Fuling2024]", () => {
    const raw =
      "8月27日，涪陵区举行2024年三季度重点项目开竣工仪式。此次共26个项目开竣工，涵盖新材料、新能源、高端装备制造、生物医药等多个领域。\n2024年上半年，涪陵区上下树牢“项目为王”理念，1—7月全区固定资产投资同比增长7.5%，分别高于全国、全市3.9、6.4个百分点。\n据介绍，此次开竣工重点项目共26个，总投资达51亿元。";
    expect(rows(raw)).toEqual([
      ["开工", 5100000000, 26],
      ["竣工", 5100000000, 26],
    ]);
  });

  it("the sums of the paragraph between are never read [Luoyang2021]", () => {
    const raw =
      "4月20日上午，洛阳市伊滨区举行第二季度重大项目集中开工仪式活动。\n今年以来，伊滨区全力实施“96213”合理有效投资行动计划，推进实施重大项目200余个，总投资超过1000亿元，年度计划投资超过300亿元。\n此次集中开工项目共19个，总投资87.1亿元。其中产业项目6个、基础设施项目5个。";
    expect(rows(raw)).toEqual([["开工", 8710000000, 19]]);
  });

  it("a breakdown by action gives each its own sums [Ganzhou2022]", () => {
    const raw =
      "中国青年网赣州3月23日电3月22日，赣州综保区举行2022年第一批项目集中开竣工活动。\n此次活动共有开工项目5个，总投资60.32亿元，竣工项目4个，总投资7.85亿元，项目涵盖智慧冷链、精密电子等领域。";
    expect(rows(raw)).toEqual([
      ["开工", 6032000000, 5],
      ["竣工", 785000000, 4],
    ]);
  });
});

describe("sums broken down by action, sentence by sentence", () => {
  it.each([
    [
      "a label shared by the action written right before it (签约开工项目) [Lingao2025]",
      "11月11日，海南临高县2025年第三批项目集中签约开工仪式在金牌港开发区举行。本次集中签约开工项目共25个，总投资额达33.9亿元，涵盖民生改善、基础设施提升、园区产业升级等多个领域。",
      [
        ["签约", 3390000000, 25],
        ["开工", 3390000000, 25],
      ],
    ],
    [
      "总投资额高达… in the lead, for both milestones it tells [Quanzhou2024]",
      "改革网讯 10月8日，福建泉州在2024项目创优年三季度重大项目暨重点招商项目视频连线集中开竣工活动中，迎来了768个重大项目的集中开（竣）工，总投资额高达3543亿元。",
      [
        ["开工", 354300000000, 768],
        ["竣工", 354300000000, 768],
      ],
    ],
  ] as const)("%s", (_label, raw, expected) => {
    expect(rows(raw)).toEqual(expected);
  });
});

describe("sumsByAction", () => {
  it("one label per sentence: the other action gets nothing from it, then its own label's sums [Quanzhou2024]", () => {
    const sums = sumsByAction("本次集中开竣工的768个重大项目中，开工项目429个，总投资2150亿元；竣工项目339个，总投资1393亿元。", [
      "开工",
      "竣工",
    ]);
    expect(Object.fromEntries(sums)).toEqual({
      开工: { amount: 215000000000, count: 429 },
      竣工: { amount: 139300000000, count: 339 },
    });
  });
});

describe("a batch's amount is not one project's", () => {
  it("该项目总投资… of the venue project is passed over for a batch's start [Jiangxi2024]", () => {
    const raw =
      "本报南昌2月19日电 （记者王丹）18日，江西省2024年一季度全省重大项目集中开工暨“十百千万”工程动员大会在南昌市瑶湖科学岛项目一期现场拉开序幕，该项目总投资约22.5亿元，聚焦半导体、新材料等领域，将成为江西省科技创新的核心承载区。";
    expect(rows(raw)).toEqual([["开工", null, null]]);
  });
});

// [Lhasa2013] 30个重点项目打造美丽拉萨 (entities4 s4); [Changsha2022] 长沙经开区：三十而立澎湃高歌 (中国日报, 2022-10-10; not in any
// set); [Ningxia2023] 全区2023年第一批1313个重大项目集中开工 (entities3 r3).
describe("a running total is no happening's amount", () => {
  it.each([
    [
      "截止目前…累计完成投资 [Lhasa2013]",
      "昨日，记者从拉萨市发改委获悉，我市投资1100余亿元规划建设的2013年30个重点项目，涵盖了水利、交通等多个行业，截止目前已有23个项目开工建设，30个项目累计完成投资145亿元。",
      [["开工", null, 30]],
    ],
    [
      "…以来，共落地…总投资达 [Changsha2022]",
      "10月10日，长沙经开区召开纪念建区三十周年暨重点项目推进会，发布“三个一批”重点项目推进情况：2022年以来，共落地发展优质项目247个，总投资达1327亿元。",
      [["举行", null, null]],
    ],
    [
      "累计 alone is the batch's own sum [Ningxia2023]",
      "2月18日上午，自治区党委和政府举行2023年一季度重大项目集中开工。本次集中开工较往年提前整整一个月，累计实施重大项目1313个、总投资5750亿元、年度计划投资1540亿元。",
      [["开工", 575000000000, 1313]],
    ],
  ] as const)("%s", (_label, raw, expected) => {
    expect(rows(raw)).toEqual(expected);
  });
});
