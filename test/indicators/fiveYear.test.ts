// Levels in a five-year look-back. A work report's 十四五 review states end-of-period levels (达到, 增至, 从…提高到)
// and five-year totals, often in the same words: an amount of an indicator reports add up over the years
// (trade, foreign investment, investment, retail sales, budget revenue) is placed in the last year only when a word
// says it was reached; otherwise its year is unknown (null, with the reason), never a guess. Lines from 2026
// provincial work reports (johncodes404/china-provincial-gov-reports-2026, see test/fixtures/indicators/README.md):
// 天津 (实际使用外资263亿美元 is five years of foreign investment), 云南 (实现进出口总额1.4万亿元, five years of
// trade), 内蒙古, 浙江, 甘肃, 河南.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../data/ingest/process.ts";
import type { FactRow } from "../../data/types.ts";

const REPORT = [
  "2026年某省政府工作报告",
  "——2026年1月27日在省第十四届人民代表大会第四次会议上",
  "各位代表：",
  "一、“十四五”时期和2025年工作回顾",
  "“十四五”时期极不寻常、极不平凡。",
  "市属国企利润年均增长11.1%，民营经营主体超178万户，上市公司增至88家，实际使用外资263亿美元。",
  "实现进出口总额1.4万亿元，对共建“一带一路”国家贸易额年均增长4.1%，农产品出口额保持西部第1位。",
  "积极争创中国（内蒙古）自由贸易试验区，进出口总值翻番达到2206亿元。",
  "一般公共预算收入从7248亿元提高到8865亿元，跃居全国第三。",
  "全省地区生产总值达到13697.5亿元，较“十三五”末增长。",
  "综合实力稳步提升。生产总值6.66万亿元，财政总收入7019亿元，社会消费品零售总额2.9万亿元，进出口总值9356.7亿元。",
  "刚刚过去的2025年，是“十四五”收官之年。进出口总额增长18.2%，实际使用外资33.8亿美元。",
  "二、2026年重点工作",
  "进出口总额增长3.5%左右。",
].join("\n");

const r = processDocument("report.txt", new TextEncoder().encode(REPORT));
if (!r.ok) throw new Error(r.error.message);
const facts: FactRow[] = r.facts;

function fact(text: string): FactRow {
  const found = facts.find((f) => f.text === text);
  if (!found) throw new Error(`no fact ${text} among ${facts.map((f) => f.text).join(" ")}`);
  return found;
}

describe("levels in a five-year look-back", () => {
  it.each([
    // five-year totals in the words of a level: the year is unknown
    ["263亿美元", "foreign_investment", null],
    ["1.4万亿元", "foreign_trade", null],
    // the cost: a bare level of a summed indicator is not placed either (河南's list of 2025 levels)
    ["2.9万亿元", "retail_sales", null],
    ["9356.7亿元", "foreign_trade", null],
    // a word says the level was reached: the last year's
    ["2206亿元", "foreign_trade", 2025],
    ["8865亿元", "general_budget_revenue", 2025],
    // GDP is never added up over years: its level is the last year's
    ["13697.5亿元", "gdp", 2025],
    ["6.66万亿元", "gdp", 2025],
    // the paragraph about 2025 itself, and the plan
    ["33.8亿美元", "foreign_investment", 2025],
    ["3.5%左右", "foreign_trade", 2026],
  ])("%s (%s) → ref_year %s", (text, indicator, year) => {
    const f = fact(text);
    expect([f.indicator, f.ref_year], f.ref_basis ?? "").toEqual([indicator, year]);
    if (year === null) expect(f.ref_basis).toMatch(/five-year look-back|starting value/);
  });

  it("says why a five-year amount has no year", () => {
    expect(fact("1.4万亿元").ref_basis).toContain("may be the period's total");
  });

  it("keeps the base of 从…提高到 out of any year", () => {
    expect(fact("7248亿元").ref_year).toBeNull();
  });
});

// 芜湖市2025年政府工作报告重点任务一季度进展情况 (njbsw.com copy, 2025): the first quarter of the report's year is a
// result, in a cell of its own (ref_period quarter), not the year's target.
describe("a part of the report's own year", () => {
  const progress = [
    "芜湖市2025年政府工作报告重点任务一季度进展情况",
    "地区生产总值增长6%以上。",
    "市发展改革委",
    "2025年一季度,全市地区生产总值增长7.1%。",
  ].join("\n");
  const p = processDocument("progress.txt", new TextEncoder().encode(progress));
  if (!p.ok) throw new Error(p.error.message);

  it("is a result of that quarter", () => {
    const f = p.facts.find((x) => x.text === "7.1%")!;
    expect([f.indicator, f.is_target, f.ref_year, f.ref_period, f.period]).toEqual(["gdp", false, 2025, "quarter", "2025年一季度"]);
  });
});
