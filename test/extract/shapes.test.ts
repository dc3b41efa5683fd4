import { describe, it } from "vitest";
import type { FactDraft } from "../../data/types.ts";
import { expectFactIn, expectNoFacts, expectSingleFact } from "./helpers.ts";

// Real sentences from reports outside the seeds (issue 14 item 2, issue 17 item 3). Sources:
// [NBS-grain] 国家统计局关于2024年夏粮产量数据的公告 (国家统计局, 2024); [NBS-energy] 2023年4月份能源生产情况
// (国家统计局, 2023); [NBS-profit] 2018年1-7月份全国规模以上工业企业利润 (国家统计局, 2018);
// [Handan] 邯郸市2025年政府工作报告 (河北, 2025); [Yulin] 玉林市2025年政府工作报告 (广西, 2025);
// [Quanshan] 徐州市泉山区2024年政府工作报告 (江苏, 2024); [Kaizhou] 开州集中签约31个重点项目 (重庆日报, 2024);
// [Tianqu] 德州天衢新区2024年工作 (山东, 2024); [Zhejiang] 浙江省用电负荷创新高 (新闻, 2022);
// [Anqing] 安庆市2018年亿元以上工业项目 (安徽, 安庆市经信局, 2018); [Caofeidian] 曹妃甸新区首批重点项目
// 集中签约暨开工 (河北新闻网, 2011); [Yuelu] 长沙某区2024年政府工作报告 (湖南, 2024);
// [Power] 火电行业研究报告 (国金证券, 2019); [Issue17] the minus forms listed in issue 17 item 3;
// [Plan2013] 2013年我市重点项目呈现三大特点 (河南某市发展改革委, 2013; its bands 1-5亿元…, here also with
// a unit on both ends, the shape issue 14 item 2 names).

type Case = [label: string, sentence: string, text: string, check: Partial<FactDraft>];

const SIGNS: Case[] = [
  ["ASCII minus after 增长 [Issue17]", "工业企业利润增长-5%", "-5%", { value: -5, kind: "growth" }],
  ["bare minus [Issue17]", "外贸出口-2.1%", "-2.1%", { value: -2.1 }],
  ["U+2212 minus [Issue17]", "社会消费品零售总额增长−4.0%", "−4.0%", { value: -4, kind: "growth" }],
  ["full-width minus [Issue17]", "出口增长－3.3%", "－3.3%", { value: -3.3, kind: "growth" }],
  ["negative points [Issue17]", "增速比上年回落-0.5个百分点", "-0.5个百分点", { value: -0.5, unit: "pp" }],
  ["negative money [Issue17]", "一般公共预算收入-12亿元", "-12亿元", { value: -1.2e9, unit: "CNY" }],
  ["负增长 [Issue17]", "全年粮食产量负增长6%", "6%", { value: -6, kind: "growth" }],
  ["Chinese decimal [Issue17]", "农业增加值下降百分之七点五", "百分之七点五", { value: -7.5, kind: "growth" }],
  ["下降 [NBS-energy]", "1—5月份，规模以上工业增加值同比下降2.8%", "2.8%", { value: -2.8, kind: "growth" }],
  ["range of rates [Power]", "预计2020年火电板块综合电价下降1%-1.5%", "1%-1.5%", { value: -1, value_max: -1.5 }],
  ["a dash after an amount joins a range, no minus [Plan2013]", "其中5亿元-10亿元项目61个", "10亿元", { value: 1e9 }],
  ["a dash after a count joins a range, no minus [Plan2013]", "亿元以上项目431个-500个", "500个", { value: 500 }],
];

const UNITS: Case[] = [
  [
    "亿千瓦时 is energy, not money [NBS-energy]",
    "4月份，发电6584亿千瓦时，同比增长6.1%",
    "6584亿千瓦时",
    { value: 6.584e11, unit: "kWh", kind: "measure" },
  ],
  ["万千瓦 is power [Zhejiang]", "浙江省全社会最高用电负荷超过1亿千瓦，达到10190万千瓦", "10190万千瓦", { value: 1.019e8, unit: "kW" }],
  [
    "亿千瓦 with a qualifier [Zhejiang]",
    "浙江省全社会最高用电负荷超过1亿千瓦，达到10190万千瓦",
    "超过1亿千瓦",
    { value: 1e8, unit: "kW", qualifier: "more_than" },
  ],
  [
    "亿斤 is grain, not money [NBS-grain]",
    "全国夏粮总产量14978万吨（2996亿斤），比2023年增加362.7万吨（72.5亿斤）",
    "2996亿斤",
    { value: 2.996e11, unit: "jin" },
  ],
  ["万吨 [NBS-grain]", "全国夏粮总产量14978万吨（2996亿斤）", "14978万吨", { value: 1.4978e8, unit: "t" }],
  ["千公顷 [NBS-grain]", "全国夏粮播种面积26613千公顷（39920万亩）", "26613千公顷", { value: 2.6613e7, unit: "ha" }],
  [
    "公斤 in tonnes, per 亩 a rate [NBS-grain]",
    "全国夏粮单位面积产量375.2公斤/亩",
    "375.2公斤/亩",
    { value: 0.3752, unit: "t/mu", kind: "ratio" },
  ],
  ["亿港元 keeps HKD", "公司在香港联交所上市，募集资金10亿港元", "10亿港元", { value: 1e9, unit: "HKD" }],
  ["万美元 keeps USD [Caofeidian-style]", "实际利用外资2205万美元", "2205万美元", { value: 2.205e7, unit: "USD" }],
  ["欧元 keeps EUR", "项目合同金额3000万欧元", "3000万欧元", { value: 3e7, unit: "EUR" }],
  ["日元 keeps JPY", "日方投资50亿日元", "50亿日元", { value: 5e9, unit: "JPY" }],
  ["标准箱 is TEU", "港口集装箱吞吐量完成300万标准箱", "300万标准箱", { value: 3e6, unit: "TEU" }],
  ["TEU glued to digits", "集装箱吞吐量120TEU", "120TEU", { value: 120, unit: "TEU" }],
  ["平方公里", "规划面积12平方公里", "12平方公里", { value: 12, unit: "km2" }],
  ["立方米", "新建蓄水池2万立方米", "2万立方米", { value: 2e4, unit: "m3" }],
  ["兆瓦 in kW", "建成分布式光伏50兆瓦", "50兆瓦", { value: 5e4, unit: "kW" }],
  ["度电 in kWh", "年发电量1.2亿度电", "1.2亿度", { value: 1.2e8, unit: "kWh" }],
  ["亿片 is a count of wafers", "年产芯片12亿片", "12亿片", { value: 1.2e9, unit: "count", classifier: "片" }],
  ["亿股 is a count of shares", "公司股本总额5亿股", "5亿股", { value: 5e8, unit: "count", classifier: "股" }],
  ["床位 as 张", "新增床位500张", "500张", { value: 500, classifier: "张" }],
  ["架次", "出动无人机1200架次", "1200架次", { value: 1200, classifier: "架次" }],
  ["艘", "建成渔船20艘", "20艘", { value: 20, classifier: "艘" }],
  ["头 of livestock", "生猪出栏12万头", "12万头", { value: 1.2e5, classifier: "头" }],
  ["只 of poultry", "家禽出栏300万只", "300万只", { value: 3e6, classifier: "只" }],
  ["元/吨 is a rate", "预计2020年煤价下降50元/吨", "50元/吨", { unit: "CNY/t", kind: "ratio" }],
  ["万元/亩 is a rate", "土地出让价格30万元/亩", "30万元/亩", { value: 3e5, unit: "CNY/mu", kind: "ratio" }],
];

const SHAPES: Case[] = [
  ["多 before 亿元 [Kaizhou]", "达产后预计新增年产值60多亿元", "60多亿元", { value: 6e9, qualifier: "more_than" }],
  [
    "多 before 亿元 [Caofeidian]",
    "曹妃甸新区开发建设以来，已累计完成投资3000多亿元",
    "3000多亿元",
    { value: 3e11, qualifier: "more_than" },
  ],
  ["余 before 万 with a classifier", "带动就业10余万人", "10余万人", { value: 1e5, qualifier: "more_than", classifier: "人" }],
  ["逾 [Kaizhou]", "集中签约31个重点项目，总投资逾100亿元", "逾100亿元", { value: 1e10, qualifier: "more_than" }],
  ["range sharing 亿元", "项目总投资3-5亿元", "3-5亿元", { value: 3e8, value_max: 5e8, unit: "CNY" }],
  ["range sharing 万元 with 至", "单个项目补助50至100万元", "50至100万元", { value: 5e5, value_max: 1e6 }],
  ["range of mu", "每个园区用地200-300亩", "200-300亩", { value: 200, value_max: 300, unit: "mu" }],
  ["range of counts in Chinese", "每年引进三至五家企业", "三至五家", { value: 3, value_max: 5 }],
  ["近千 approximation", "吸引近千家企业参会", "近千家", { value: 1000, qualifier: "approx" }],
  ["上万 approximation", "活动吸引上万人参加", "上万人", { value: 1e4, qualifier: "at_least" }],
  ["数百 approximation", "数百家企业参展", "数百家", { value: 100, qualifier: "more_than" }],
  ["十余 approximation", "建成十余个示范点", "十余个", { value: 10, qualifier: "more_than" }],
  ["Chinese decimal money", "实现营收三点五亿元", "三点五亿元", { value: 3.5e8, unit: "CNY" }],
  ["threshold of a count [Handan]", "签约亿元以上项目507个", "亿元以上", { kind: "threshold", value: 1e8 }],
  ["size class [Handan]", "全省首个超百亿元水利工程娄里水库开工", "超百亿元", { kind: "threshold", value: 1e10 }],
  ["threshold before a counted noun [Yuelu]", "湖南投资大厦全口径税收超5亿元", "超5亿元", { kind: "amount", value: 5e8 }],
  ["amount after 突破 stays an amount [Yulin]", "园区规上工业总产值突破1000亿元", "突破1000亿元", { kind: "amount", value: 1e11 }],
  ["quoted reported speech keeps its figures", "据报道称“到2025年经济总量将突破1万亿元”", "突破1万亿元", { value: 1e12, unit: "CNY" }],
  ["amounts beside a threshold [Handan]", "争取增发国债项目69个，获得国债资金97.4亿元", "97.4亿元", { kind: "amount", value: 9.74e9 }],
];

describe("signs (issue 17 item 3)", () => {
  it.each(SIGNS)("%s", (_label, sentence, text, check) => {
    expectFactIn(sentence, text, check);
  });
});

describe("units and currencies", () => {
  it.each(UNITS)("%s", (_label, sentence, text, check) => {
    expectFactIn(sentence, text, check);
  });
});

describe("number shapes: 多/余, ranges, approximations, thresholds, quoted speech", () => {
  it.each(SHAPES)("%s", (_label, sentence, text, check) => {
    expectFactIn(sentence, text, check);
  });

  it("a 亿 number followed by a unit of something else is never money [NBS-grain]", () => {
    expectSingleFact("比2023年增加72.5亿斤", { unit: "jin" });
  });

  it("the base of 每百元 is not an amount", () => {
    expectNoFacts("按每百元计算");
  });
});

// Numerals that are names, set phrases, slogans, rank buckets or ordinals: no fact.
const NEGATIVES: [string, string][] = [
  ["三次产业 ", "三次产业结构持续优化"],
  ["八项规定", "严格落实中央八项规定精神"],
  ["四套班子", "区四套班子领导出席活动"],
  ["届次全会 [Quanshan]", "较好完成区十届人大二次会议确定的目标任务"],
  ["二十届三中全会", "全面贯彻落实党的二十大和二十届二中、三中全会精神"],
  ["quoted slogan [Tianqu]", "落实市委、市政府“三个高于、五个走在前、七个争上游”部署"],
  ["八位一体 [Quanshan]", "以区委“八位一体”工作体系为引领"],
  ["rank bucket 世界500强", "世界500强"],
  ["rank bucket 前500家", "跻身全国民营企业前500家"],
  ["company name with numerals", "三一重工、361度等企业参展"],
  ["range-like date", "2023-2025年行动计划"],
  ["decimal-looking idiom", "两点一线"],
  ["千伏 is a designation, not money", "220千伏输变电工程开工建设"],
  ["minus inside a code", "G2-3地块"],
];

describe("a bare 亿 without a money word is not yuan", () => {
  it("全国总人口14.1亿 is a head count (the headcount extractor), never an amount", () => {
    expectSingleFact("全国总人口14.1亿", { kind: "count", unit: "count", value: 1.41e9, classifier: null });
  });
});

describe("negatives", () => {
  it.each(NEGATIVES)("%s", (_label, sentence) => {
    expectNoFacts(sentence);
  });
});
