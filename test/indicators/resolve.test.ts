// Documents put together from real lines of 2026 provincial work reports (山东, 浙江, 广东, 内蒙古; see
// test/fixtures/indicators/README.md), the national bulletin (国家统计局《中华人民共和国2025年国民经济和社会
// 发展统计公报》) and seed 000. Each checks what a figure's place in the report makes of it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../data/ingest/process.ts";
import type { FactRow } from "../../data/types.ts";

function facts(text: string): { doc: ReturnType<typeof document>; facts: FactRow[] } {
  const doc = document(text);
  return { doc, facts: doc.facts };
}

function document(text: string) {
  const r = processDocument("test.txt", new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.error.message);
  return { ...r.document, facts: r.facts };
}

function fact(all: FactRow[], text: string, nth = 0): FactRow {
  const found = all.filter((f) => f.text === text)[nth];
  if (!found) throw new Error(`no fact ${text} among ${all.map((f) => f.text).join(" ")}`);
  return found;
}

const WORK_REPORT = [
  "2026年山东省政府工作报告",
  "——2026年1月27日在山东省第十四届人民代表大会第四次会议上",
  "各位代表：",
  "一、2025年及“十四五”时期工作回顾",
  "（一）经济增长迈出坚实步伐。地区生产总值增长5.5%、达到10.3万亿元，成为全国第三个、北方第一个过10万亿元省份。",
  "就业方面，城镇新增就业124.9万人，以工代赈带动就业16.4万人。",
  "过去的五年极不寻常。城镇新增就业603.7万人，新增农村劳动力转移就业246.2万人。",
  "刚刚过去的2025年很不平凡。全省地区生产总值年均增长5.9%、高于全国0.5个百分点。",
  "二、“十五五”时期经济社会发展目标任务",
  "城镇调查失业率控制在5.5%左右。",
  "三、2026年重点工作",
  "综合考虑各方面因素，建议经济社会发展主要预期目标为：地区生产总值增长5%以上，在实际工作中努力争取更好结果；一般公共预算收入增长2%，居民收入增长和经济增长同步；城镇调查失业率控制在5.5%左右，城镇新增就业110万人以上；居民消费价格保持合理水平。",
  "做好重点群体就业工作，确保城镇新增就业100万人以上。去年全省粮食总产量达到5500万吨。",
].join("\n");

describe("a work report: sections and target lists", () => {
  const { doc, facts: all } = facts(WORK_REPORT);

  it("is a work report of 2026 (its title), whatever year its figures describe", () => {
    expect([doc.kind, doc.report_year]).toEqual(["work_report", 2026]);
    expect(doc.report_year_basis).toContain("2026年山东省政府工作报告");
  });

  it.each([
    // review section → results of the year before
    ["5.5%", 0, false, 2025, "gdp"],
    ["10.3万亿元", 0, false, 2025, "gdp"],
    ["124.9万人", 0, false, 2025, "urban_jobs"],
    // a target list → targets of the report's year, each with its indicator
    ["5%以上", 0, true, 2026, "gdp"],
    ["2%", 0, true, 2026, "general_budget_revenue"],
    ["5.5%左右", 1, true, 2026, "unemployment_rate"],
    ["110万人以上", 0, true, 2026, "urban_jobs"],
    // a plan section → targets of the report's year
    ["100万人以上", 0, true, 2026, "urban_jobs"],
  ] as const)("%s → target %s, %i", (text, nth, target, year, indicator) => {
    const f = fact(all, text, nth);
    expect([f.is_target, f.ref_year, f.indicator], `${f.target_basis} / ${f.ref_basis}`).toEqual([target, year, indicator]);
  });

  it("a five-year look-back and a five-year plan part have no single year", () => {
    expect(fact(all, "603.7万人").ref_year).toBeNull();
    expect(fact(all, "5.9%").ref_year).toBeNull();
    const plan = fact(all, "5.5%左右", 0);
    expect([plan.is_target, plan.ref_year]).toEqual([true, null]);
  });

  it("去年 in a plan section is last year's result", () => {
    const f = fact(all, "5500万吨");
    expect([f.is_target, f.ref_year, f.indicator]).toEqual([false, 2025, "grain_output"]);
  });
});

describe("a target list opened on the line after its heading (广东 2026)", () => {
  const { facts: all } = facts(
    [
      "政府工作报告",
      "——2026年1月26日在广东省第十四届",
      "人民代表大会第五次会议上",
      "三、2026年工作安排",
      "主要预期目标",
      "是：地区生产总值增长4.5%—5%，在实际工作中全力争取更好结果；地方一般公共预算收入增长3%左右；居民收入增长与经济增长同步。",
    ].join("\n"),
  );
  it("takes the report year from the delivery line and keeps both ends of the range", () => {
    // One fact for the range (extract: value is the lower end, value_max the upper end).
    const range = fact(all, "4.5%—5%");
    expect([range.ref_year, range.is_target, range.indicator, range.value, range.value_max]).toEqual([2026, true, "gdp", 4.5, 5]);
    expect([range.value_low, range.value_high]).toEqual([4.5, 5]);
    expect(fact(all, "3%左右").target_basis).toMatch(/^target list/);
  });
});

describe("a late cue does not turn earlier figures into targets", () => {
  const { facts: all } = facts(
    [
      "2026年广西壮族自治区政府工作报告",
      "一、2025年工作回顾",
      "全区地区生产总值增长5.1%，增速高于预期目标、高于上年同期、高于全国，取得多年未有的好成绩。",
    ].join("\n"),
  );
  it("增速高于预期目标 after the number leaves it a result", () => {
    const f = fact(all, "5.1%");
    expect([f.is_target, f.ref_year, f.indicator]).toEqual([false, 2025, "gdp"]);
  });
});

describe("reference periods", () => {
  it("上半年 and 1-8月份 in a zone report without a year: spans, no invented year (seed 000)", () => {
    const { facts: all } = facts(
      "济宁经开区产业集聚加速成型\n上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位；1-8月份，完成一般公共预算收入2.6亿元，其中税收收入1.8亿元。",
    );
    const gdp = fact(all, "43.31亿元");
    expect([gdp.indicator, gdp.ref_year, gdp.ref_period, gdp.is_target]).toEqual(["gdp", null, "half", false]);
    const revenue = fact(all, "2.6亿元");
    expect([revenue.indicator, revenue.ref_period]).toEqual(["general_budget_revenue", "months"]);
    expect(fact(all, "1.8亿元").indicator).toBe("tax_revenue");
  });

  it("a year written in the period wins; 上半年 of that year is a half", () => {
    const { facts: all } = facts("康保县经济运行情况\n2023年上半年，全县地区生产总值完成27.65亿元，同比增长2.2%，增速在全市排第15位。");
    const f = fact(all, "27.65亿元");
    expect([f.ref_year, f.ref_period, f.ref_basis]).toEqual([2023, "half", "period: 2023年上半年"]);
  });

  it("今年 is the report's year and 去年 the one before (a dated news item)", () => {
    const { doc, facts: all } = facts(
      "开发区经济运行平稳\n时间：2025-08-20\n今年以来，全区固定资产投资增长7.7%。去年全区规上工业增加值增长12%。",
    );
    expect([doc.kind, doc.report_year]).toEqual([null, 2025]);
    expect([fact(all, "7.7%").ref_year, fact(all, "12%").ref_year]).toEqual([2025, 2024]);
  });
});

describe("a statistical bulletin", () => {
  const { doc, facts: all } = facts(
    "中华人民共和国2025年国民经济和社会发展统计公报\n国家统计局\n年末全国人口140489万人，比上年末减少339万人。全年城镇新增就业1267万人。",
  );
  it("describes the year in its title; its publication year is not guessed", () => {
    expect([doc.kind, doc.report_year]).toEqual(["bulletin", null]);
    const people = fact(all, "140489万人");
    expect([people.indicator, people.ref_year, people.is_target]).toEqual(["population", 2025, false]);
    expect(fact(all, "1267万人").ref_year).toBe(2025);
  });
});

// 上杭县政府工作报告 (laobiganzi.top/133153.html, the year blanked as 20XX by the copy): a review is
// results whatever its words (预计), and without a report year the year stays unknown.
describe("a work report's review without a report year", () => {
  const { doc, facts: all } = facts(
    [
      "各位代表:",
      "现在,我代表上杭县人民政府,向大会报告政府工作,请予审议,并请县政协委员提出意见。",
      "20XX年工作回顾",
      "20XX年,在市委、市政府和县委的坚强领导下,较好地完成了县十七届人大三次会议确定的目标任务。预计实现地区生产总值391亿元,增长8.6%;固定资产投资增长13.5%。",
    ].join("\n"),
  );

  it("预计 in the review is a result of an unknown year", () => {
    expect([doc.kind, doc.report_year]).toEqual(["work_report", null]);
    for (const text of ["391亿元", "8.6%"]) {
      const f = fact(all, text);
      expect([f.is_target, f.ref_year, f.indicator], `${f.target_basis} / ${f.ref_basis}`).toEqual([false, null, "gdp"]);
    }
  });
});

// 2026年安徽省政府工作报告 (johncodes404/china-provincial-gov-reports-2026; a tuning report, not stored):
// paragraphs opening with ——这五年 look back over five years inside a part headed with one year.
describe("——这五年 paragraphs in a part headed with the last year", () => {
  const { facts: all } = facts(
    [
      "2026年安徽省政府工作报告",
      "——2026年1月27日在安徽省第十四届人民代表大会第五次会议上",
      "一、2025年工作和“十四五”发展回顾",
      "——这五年，综合实力大幅跃升，实现争先进位新跨越。地区生产总值连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点。粮食产量稳定在800亿斤以上。",
      "——这五年，绿色转型纵深推进，焕发美丽安徽新面貌。单位地区生产总值能耗下降17%，六大高耗能行业增加值占比从31.1%降至22.5%。",
    ].join("\n"),
  );
  it("changes span the years, a level is the last year's", () => {
    expect(fact(all, "17%").ref_year).toBeNull();
    expect(fact(all, "5.7%").ref_year).toBeNull();
    expect(fact(all, "800亿斤以上").ref_year).toBe(2025);
  });
});

// 2020年东宝区政府工作报告 summary (baijiadoc.com/doc/32njf18fke, a PDF copy with its line breaks) and a
// news item on 武汉市硚口区's 2025 report (163.com, 2024-12-25): 预计 outside a work report's plan
// estimates last year's result.
describe("预计 in a work report is an estimated result", () => {
  it.each([
    [
      [
        "2020 年东宝区政府工作报告",
        "12 月 25 日,东宝区第八届人民代表大会第五次会议隆重开幕。区委副书记、区长江稳代表区政府向大会作《政府工作报告》。整理如下;",
        "2019 年成绩",
        "2019 年,全区预计实现地区生产总值 369 亿元,增长 7.6%;规模以上工业增加值增长 5%。",
      ].join("\n"),
      "369 亿元",
      2019,
    ],
    [
      "12月25日上午,武汉市硚口区第十六届人民代表大会第四次会议在区会议中心开幕。区人民政府代区长赵宏亮向大会作政府工作报告。报告指出,2024年是硚口牢记嘱托、负重前行、突围奋进的一年。\n报告指出,一年来,产业转型提速加力,预计实现地区生产总值1100亿元、增长5.5%左右,服务业增加值占比首超80%。",
      "1100亿元",
      2024,
    ],
  ] as const)("%#", (text, figure, year) => {
    const f = fact(facts(text).facts, figure);
    expect([f.is_target, f.ref_year, f.indicator], `${f.target_basis} / ${f.ref_basis}`).toEqual([false, year, "gdp"]);
  });
});
