import { describe, expect, it } from "vitest";
import { findDates } from "../../data/events/dates/find.ts";
import { normalizeDate } from "../../data/events/dates/normalize.ts";

/** Finds exactly one date in `sentence` and normalizes it with `docYear`; prints all dates on failure. */
function single(sentence: string, docYear: number | null) {
  const dates = findDates(sentence);
  expect(dates, JSON.stringify(dates)).toHaveLength(1);
  return { text: dates[0]!.text, ...normalizeDate(dates[0]!, docYear) };
}

describe("findDates + normalizeDate on seed phrases", () => {
  const cases = [
    ["2023年5月12日,在省市主要领导见证下", 2023, "2023年5月12日", "2023-05-12", "day", null, "explicit"],
    ["9月22日,在深圳举办的济宁高新区珠三角专题招商推介会上", 2017, "9月22日", "2017-09-22", "day", null, "year_from_report"],
    [
      "2023年9月4日至5日,市委副书记带队在青岛开展系列招商考察活动",
      2023,
      "2023年9月4日至5日",
      "2023-09-04",
      "day",
      "2023-09-05",
      "explicit",
    ],
    ["2023年2月,顶峰盛世龙单次航程250.3公里", 2023, "2023年2月", "2023-02-01", "month", null, "explicit"],
    ["2023年4月份,济宁高新区业务系统正式上线", 2023, "2023年4月份", "2023-04-01", "month", null, "explicit"],
    ["截至2023年12月底,全区备案托育机构36家", 2023, "2023年12月底", "2023-12-01", "month", null, "explicit"],
    ["济宁高新区隆重举行2017年第四季度重大项目集中开工仪式", 2017, "2017年第四季度", "2017-10-01", "quarter", null, "explicit"],
    ["上半年新签约亿元以上产业项目17个", 2023, "上半年", "2023-01-01", "half", null, "year_from_report"],
    ["1-8月份,完成一般公共预算收入2.6亿元", 2022, "1-8月份", "2022-01-01", "month", "2022-08-01", "year_from_report"],
    ["今年,济宁高新区全面启动黄河新区", 2017, "今年", "2017-01-01", "year", null, "year_from_report"],
    ["11月11日上午,济宁高新区隆重举行", 2017, "11月11日", "2017-11-11", "day", null, "year_from_report"],
    // Chinese numerals (the seeds write Arabic; other reports do not).
    ["十一月十一日,总投资达124.7亿元的20个重大项目集中开工", 2017, "十一月十一日", "2017-11-11", "day", null, "year_from_report"],
    ["2017年十一月二十五日,济宁玉柴发动机同步下线", 2017, "2017年十一月二十五日", "2017-11-25", "day", null, "explicit"],
    ["2023年二月,顶峰盛世龙单次航程250.3公里", 2023, "2023年二月", "2023-02-01", "month", null, "explicit"],
    ["十二月底,全区备案托育机构36家", 2023, "十二月底", "2023-12-01", "month", null, "year_from_report"],
  ] as const;
  it.each(cases)("findDates(%j) with year %s → %s", (sentence, docYear, text, date, precision, endDate, basis) => {
    expect(single(sentence, docYear)).toEqual({ text, date, precision, end_date: endDate, date_basis: basis, date_evidence: text });
  });

  it("normalizeDate gives a day without a month no date and says why", () => {
    expect(single("6日上午,济宁高新区经济工作会议召开", 2020)).toEqual({
      text: "6日",
      date: null,
      precision: null,
      end_date: null,
      date_basis: "day_only",
      date_evidence: "6日",
    });
  });

  it("normalizeDate keeps the precision but no date when neither text nor report gives a year", () => {
    const d = single("上半年,实现地区生产总值43.31亿元", null);
    expect(d.date).toBeNull();
    expect(d.precision).toBe("half");
    expect(d.date_basis).toBe("year_unknown");
  });

  it.each([
    ["3年以上未发展党员村", 0],
    ["新增水系27公里,实现88公里主要水系连通", 0],
    ["13月45日", 0],
    ["全国首创,整个环节缩减50%", 0],
  ] as const)("findDates(%j) finds %i dates", (sentence, n) => {
    expect(findDates(sentence)).toHaveLength(n);
  });

  it("findDates keeps only the longest reading of overlapping dates", () => {
    expect(findDates("2023年5月24日,2023年制造业单项冠军企业经验交流会").map((d) => d.text)).toEqual(["2023年5月24日", "2023年"]);
  });
});

describe("Chinese-numeral months: negatives", () => {
  it.each(["实现全年目标三个月提前完成", "“十一五”以来", "三十一月"])("findDates(%j) finds no month", (s) => {
    expect(findDates(s).filter((d) => d.rule === "month" || d.rule === "monthDay")).toEqual([]);
  });
});

describe("findDates with a trace (the engine's one trace format)", () => {
  it("records every match and what the overlap refiner removed", async () => {
    const { formatTrace } = await import("../../data/engine/trace.ts");
    const trace: import("../../data/engine/types.ts").TraceStep[] = [];
    const text = "2023年5月12日，项目集中签约";
    expect(findDates(text, undefined, undefined, trace).map((d) => d.text)).toEqual(["2023年5月12日"]);
    const readable = formatTrace(text, trace);
    expect(
      trace.some((s) => s.stage === "refine" && s.refiner === "removeOverlaps"),
      readable,
    ).toBe(true);
    expect(trace.filter((s) => s.stage === "match").length, readable).toBeGreaterThan(1);
  });
});
