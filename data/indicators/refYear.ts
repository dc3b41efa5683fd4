import type { RefPeriod } from "../types.ts";
import type { Section } from "./sections.ts";

/** What the reference year of a figure is resolved against. */
export interface DatingContext {
  kind: string | null;
  /** Year the report was written (a work report's title year). */
  report_year: number | null;
  /** Year a bulletin's figures describe (its title year). */
  data_year: number | null;
  /** Year the report is about (documents.year), the fallback for news and reviews. */
  year: number | null;
}

export interface RefTime {
  ref_year: number | null;
  ref_period: RefPeriod | null;
  ref_basis: string | null;
}

/** Words before a number that make it span several years (年均增长, 五年累计). */
const MULTI_YEAR = /年均|年平均|(?:\d|[二三四五六七八九十两])年(?:来|累计|间|增长|共)|累计/;
const THIS_YEAR = /^(?:今年|本年|今年以来|年内)$/;
const LAST_YEAR = /^(?:去年|上年|上一年)$/;

/** The span a period covers: 上半年 half, 第三季度/一季度 quarter, 1-8月/前三季度 months, 8月 month, 8月15日 date, else year. */
export function periodSpan(period: string | null): RefPeriod | null {
  if (period === null) return null;
  if (/\d{1,2}月\d{1,2}日/.test(period)) return "date";
  if (/[上下]半年/.test(period)) return "half";
  if (/前三季度|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月/.test(period)) return "months";
  if (/第?[一二三四1-4]季度/.test(period)) return "quarter";
  if (/\d{1,2}月/.test(period)) return "month";
  return "year";
}

/**
 * Absolute reference year of one figure. A year written in its period wins (2025年上半年); 今年
 * is the report's year and 去年 the one before; otherwise the place decides: in a work report the
 * review section is about the year before the report and the plan section and target lists about
 * the report's year; a bulletin's figures are about its title year; other reports about their
 * year. Five-year sections without a year and 年均/累计 figures span several years: null.
 */
export function resolveRefTime(
  period: string | null,
  before: string,
  is_target: boolean,
  section: Section | null,
  inTargetList: boolean,
  doc: DatingContext,
  isLevel = false,
): RefTime {
  const span = periodSpan(period);
  const explicit = period ? /((?:19|20)\d{2})年/.exec(period) : null;
  if (explicit) return { ref_year: Number(explicit[1]), ref_period: span, ref_basis: `period: ${period}` };
  // 从11.37万亿元提高到14.58万亿元: the first number is a base year's, not the year's own.
  if (/从\s*$/.test(before)) return none("starting value of 从…到");
  if (MULTI_YEAR.test(before)) return { ref_year: null, ref_period: null, ref_basis: `multi-year: ${MULTI_YEAR.exec(before)![0]}` };
  const base = doc.report_year ?? doc.data_year ?? doc.year;
  if (period && THIS_YEAR.test(period))
    return base === null ? none(`${period}, no report year`) : { ref_year: base, ref_period: "year", ref_basis: `${period} → ${base}` };
  if (period && LAST_YEAR.test(period))
    return base === null
      ? none(`${period}, no report year`)
      : { ref_year: base - 1, ref_period: "year", ref_basis: `${period} → ${base - 1}` };
  // Without a year the span still holds (上半年 of an undated report is a half).
  const at = (year: number | null, basis: string): RefTime => ({
    ref_year: year,
    ref_period: year === null ? span : (span ?? "year"),
    ref_basis: basis,
  });
  if (doc.kind === "work_report" && doc.report_year !== null) {
    const r = doc.report_year;
    if (inTargetList) return at(r, `target list → ${r}`);
    if (section?.mode) {
      if (section.year !== null) return at(section.year, `section: ${section.heading}`);
      // A level stated in a look-back over five years is the last year's (全省地区生产总值达到13697.5亿元);
      // counts and changes add up or average over the years.
      if (section.multiYear && !(section.mode === "review" && isLevel)) return none(`five-year section: ${section.heading}`);
      if (section.multiYear) return at(r - 1, `level at the end of the five years: ${section.heading}`);
      const year = section.mode === "plan" ? r : r - 1;
      return at(year, `section ${section.mode}: ${section.heading}`);
    }
    return at(is_target ? r : r - 1, `work report ${r}, ${is_target ? "target" : "result"} outside a review or plan section`);
  }
  if (doc.data_year !== null) return at(doc.data_year, `bulletin year ${doc.data_year}`);
  return at(doc.year, `document year ${doc.year}`);
}

function none(basis: string): RefTime {
  return { ref_year: null, ref_period: null, ref_basis: basis };
}
