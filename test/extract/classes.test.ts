import { describe, it } from "vitest";
import type { FactDraft } from "../../data/types.ts";
import { expectFactIn, expectFacts, expectNoFacts } from "./helpers.ts";

// Issue 14 item 2, third round: real sentences from reports outside every held-out set. Sources:
// [Jiangxi2017] 1060个重大项目！总投资8370亿！江西真的拼了 (中国商业联合会网, 2017); [Nanning2016] 第13届中国—东盟
// 博览会签约仪式 (中国网南宁, 2016); [Guilin2015] 第十二届中国—东盟博览会桂林市经济合作项目签约仪式 (新浪广西, 2015);
// [Anqing2021] 安庆市2021年国民经济和社会发展统计公报 (安徽, 2022); [Qinglong2026] 青龙满族自治县2026年政府工作报告
// (河北, 2026); [Anhui2015] 安徽省2015年国民经济和社会发展统计公报 (安徽省统计局, 2016); [Changzhou2023] 经开区31只重大
// 项目集中开竣工 (常州, 2023; an excerpt of the entities held-out set, scored before this change); [Guilin2024] 桂林市在
// 第21届东博会签约 (中新网, 2024: its last paragraph, not the part in bench/holdout/facts2); [Lulong2022] 卢龙县2022年政府工作报告;
// [Neixiang2019] 内乡县2019年国民经济和社会发展统计公报 (河南, 内乡县统计局); [County2021H1] a county's 2021年上半年经济运行
// (县统计局, 2021); [Hangzhou2021] 杭州经开区名列国家级经开区“大考”榜单前十 (钱塘新区报, 2022); [Tongliao2017] 通辽市2017年国民经济和社会发展统计公报 (内蒙古, 通辽市统计局, 2018).

type Case = [label: string, sentence: string, text: string, check: Partial<FactDraft>];

const THRESHOLDS: Case[] = [
  [
    "a band with 的项目有 counts projects by size [Nanning2016]",
    "110个签约项目中，50亿元以上的项目有2个，10亿元至50亿元的项目有32个。",
    "10亿元",
    { value: 1e9, kind: "threshold" },
  ],
  [
    "the band's upper end too [Nanning2016]",
    "110个签约项目中，50亿元以上的项目有2个，10亿元至50亿元的项目有32个。",
    "50亿元",
    { value: 5e9, kind: "threshold" },
  ],
  [
    "上10亿元的有4个 is a class [Guilin2015]",
    "合同项目中投资上10亿元的有4个，分别是广西·兴安盛和旅游文化城项目。",
    "10亿元",
    { kind: "threshold" },
  ],
  ["投资额达200亿元的项目有3个 is a class [Jiangxi2017]", "此外，投资额达200亿元的项目有3个。", "200亿元", { kind: "threshold" }],
  [
    "a bound listed before a size class shares its head [Changzhou2023]",
    "近年来，经开区全力以赴建载体、提能级、招项目、育产业，一批超50亿元、百亿元级重大项目相继落地。",
    "超50亿元",
    { value: 5e9, kind: "threshold" },
  ],
  [
    "a note between the bound and 以上 (post hoc: bench/holdout/facts2) [Guilin2024]",
    "桂林市5亿元（人民币，下同）以上签约项目共有16个，签约项目数位居广西前列。",
    "5亿元",
    { value: 5e8, kind: "threshold", qualifier: "at_least" },
  ],
  [
    "a note after a plain amount changes nothing (post hoc) [Guilin2024]",
    "桂林市签约总额149.9亿元（人民币），位居广西前列。",
    "149.9亿元",
    { kind: "amount" },
  ],
  // Negatives: one project's own investment stays an amount.
  [
    "one project's investment is an amount [Guilin2024]",
    "投资26亿元的恭城低风速风电场、水段风电场项目居首，该项目位于恭城瑶族自治县，建设总规模达35万千瓦。",
    "26亿元",
    { value: 2.6e9, kind: "amount" },
  ],
  [
    "an amount followed by its projects' count is not a band [Jiangxi2017]",
    "其中南昌项目70个，总投资1193亿元。",
    "1193亿元",
    { kind: "amount" },
  ],
  [
    "超 before a plain amount stays an amount [Qinglong2026]",
    "全县地区生产总值突破150亿元，规模以上工业企业由23家增至45家。",
    "突破150亿元",
    { kind: "amount" },
  ],
];

const SIGNS: Case[] = [
  ["下跌 is a fall [Anqing2021]", "其他用品和服务类价格下跌 3.6%。", "3.6%", { value: -3.6, kind: "growth" }],
  ["上涨 is a rise [Anqing2021]", "全年居民消费价格比上年上涨 0.8%。", "0.8%", { value: 0.8, kind: "growth" }],
  ["上涨 in a list of prices [Anqing2021]", "其中，食品烟酒类价格上涨 0.2%；衣着类价格上涨 1.6%。", "1.6%", { value: 1.6, kind: "growth" }],
];

const RATES: Case[] = [
  [
    "出生率 in per mille [Neixiang2019]",
    "年末全县总人口72.76万人，比上年增长0.12%；出生率10.04‰；死亡率7.84‰。",
    "10.04‰",
    { value: 10.04, unit: "permille", kind: "ratio" },
  ],
  [
    "自然增长率 is a rate, not a growth [Tongliao2017]",
    "死亡率为6.33‰；人口自然增长率为3.55‰。",
    "3.55‰",
    { value: 3.55, unit: "permille", kind: "ratio" },
  ],
  [
    "a per-cent rate beside it stays percent [Neixiang2019]",
    "人口自然增长率2.2‰；城镇化率42.69%。",
    "42.69%",
    { value: 42.69, unit: "percent" },
  ],
  [
    "bare items of a 分别增长 list are growths too [County2021H1]",
    "生猪、牛、羊、家禽分别出栏6.4万头、1342头、1.2万只、5.5万只，分别增长81.8%、3.3%、5.2%、27.9%。",
    "5.2%",
    { value: 5.2, kind: "growth" },
  ],
  [
    "a price index level is a ratio, not a change [Neixiang2019]",
    "其中：食品类价格指数为105.5%，比上年上升5.5个百分点。",
    "105.5%",
    { value: 105.5, kind: "ratio" },
  ],
  [
    "涨幅 after 指数 is a rise, not an index level [Guangxi2026 wording in test/extract/attribution/indicator.test.ts]",
    "城镇调查失业率5.5%左右，居民消费价格指数涨幅2%左右。",
    "2%左右",
    { value: 2, kind: "growth", indicator: "cpi" },
  ],
];

describe("thresholds and size classes (issue 14 item 2)", () => {
  it.each(THRESHOLDS)("%s", (_label, sentence, text, check) => {
    expectFactIn(sentence, text, check, 2017);
  });
});

describe("rates per mille, lists and index levels", () => {
  it.each(RATES)("%s", (_label, sentence, text, check) => {
    expectFactIn(sentence, text, check, 2019);
  });

  it("a worded list item keeps its own cue [Hangzhou2021]", () => {
    const sentence = "数字经济核心产业占GDP比重超10%、高新技术产业投资增长52%、高技术产业实际利用外资占比超40%。";
    expectFactIn(sentence, "52%", { value: 52, kind: "growth" }, 2021);
    expectFactIn(sentence, "超40%", { value: 40, kind: "share" }, 2021);
  });
});

describe("price changes keep their sign", () => {
  it.each(SIGNS)("%s", (_label, sentence, text, check) => {
    expectFactIn(sentence, text, check, 2021);
  });
});

describe("numerals that are no quantity", () => {
  it.each([
    ["两位数 growth [Qinglong2026]", "固定资产投资保持两位数以上增长，社会消费品零售总额稳步增长。"],
    ["a slogan with digits [Lulong2022]", "聚焦县委“13356”工作思路，扎实开展“三重四创五优化”活动。"],
  ])("%s", (_label, sentence) => {
    expectNoFacts(sentence, 2022);
  });

  it("per-mille points are not a count of 0.06 [Anhui2015]", () => {
    // The rate is read, and its change in 千分点 (unit permille_point since round 6), never a count of 0.06.
    expectFacts("全年人口出生率12.92‰，比上年上升0.06个千分点。", [
      { value: 12.92, unit: "permille", kind: "ratio" },
      { value: 0.06, unit: "permille_point", kind: "growth" },
    ]);
  });

  it("a count in the same sentence as 两位数 is still found [Qinglong2026]", () => {
    expectFacts("规模以上工业企业由23家增至45家，固定资产投资保持两位数以上增长。", [
      { value: 23, unit: "count" },
      { value: 45, unit: "count" },
    ]);
  });
});
