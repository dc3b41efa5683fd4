import {
  APPROVAL_AFTER,
  CLAUSE_OPENERS,
  DAYS_BACK_BEFORE,
  LEAD_BEFORE,
  PLAN_MARKERS,
  PLANNED_LEAD,
  POSTPOSED_AFTER,
  PREPOSED_BEFORE,
  SOURCE_CREDIT_BEFORE,
  THIS_YEAR_BEFORE,
  TIME_OF_DAY,
} from "./lexicon.ts";
import type { DateMatch } from "./types.ts";

const OPENERS = new Set<string>(CLAUSE_OPENERS);
const SINCE_AFTER = /^(?:以来|至今)/;
const AFTER = new RegExp(`^(?:${TIME_OF_DAY.join("|")})?[，,]`);

/**
 * True when a date opens a clause and so dates what follows ("9月22日,在深圳…签约"), rather than
 * modifying a noun ("举行2017年第四季度重大项目集中开工仪式", "2023年“共享发展…”推介会").
 * A news lead's date counts as opening a clause (本报讯 2024年9月20日，…; （记者 …）9月20日，…), also right after a page's
 * source credit glued to it (来源：河南日报11月15日，…).
 * A bare year must be followed by a comma; finer dates may run straight on (上半年新签约…).
 */
export function isEventAnchor(sentence: string, date: DateMatch): boolean {
  // 3月份以来，… : a span up to the report's time (a tally follows), not the day of a happening.
  if (SINCE_AFTER.test(sentence.slice(date.end, date.end + 2))) return false;
  const before = sentence.slice(Math.max(0, date.start - 3), date.start);
  // After a glued source credit the date must end its words with a comma (来源：河南日报11月15日，…), not run on (数据来源：国家统计局3月15日发布…).
  const credited =
    SOURCE_CREDIT_BEFORE.test(sentence.slice(Math.max(0, date.start - 24), date.start)) && AFTER.test(sentence.slice(date.end));
  if (date.start > 0 && !OPENERS.has(sentence[date.start - 1]!) && !LEAD_BEFORE.test(before) && !credited) {
    // 今年7月30日，… / 今年1月，国务院批复…: a day or month of this year opening its clause (not 今年3月集中开工…, a month's tally).
    const opensThisYear =
      (date.parts.kind === "day" || date.parts.kind === "month") &&
      THIS_YEAR_BEFORE.test(before) &&
      OPENERS.has(sentence[date.start - 3] ?? "，") &&
      AFTER.test(sentence.slice(date.end));
    // 而就在6天前的16日，… : a day named by counting back from another, opening its clause.
    const daysBack =
      (date.parts.kind === "day" || date.parts.kind === "dayOnly") &&
      DAYS_BACK_BEFORE.test(sentence.slice(Math.max(0, date.start - 12), date.start)) &&
      AFTER.test(sentence.slice(date.end));
    if (!opensThisYear && !daysBack) return false;
  }
  if (AFTER.test(sentence.slice(date.end))) return true;
  return date.parts.kind !== "year";
}

const CLAUSE_BREAK = /[，,；;。：:！？!?]/;
const DEADLINE_AFTER = /^(?:前|以前|之前|后|以后|之后|以来|起)/;

/**
 * Where the clause of a day or month after 于 or 继 starts (…片区又于3月15日组织了…集中开工; 在继3月上旬集中签约…后):
 * the previous clause break (not before `from`), so the subject before it is the event's too; -1 when the date is no
 * such date or the words since the break plan it (将于3月18日开工, 计划…于2025年12月建成).
 */
export function preposedStart(sentence: string, date: DateMatch, from: number): number {
  if (date.parts.kind !== "day" && date.parts.kind !== "month" && date.parts.kind !== "recent") return -1;
  // 于去年1月开工: 于 before a year counted back (今年/去年/前年) and the date.
  const at = THIS_YEAR_BEFORE.test(sentence.slice(0, date.start)) ? date.start - 2 : date.start;
  if (!PREPOSED_BEFORE.test(sentence.slice(Math.max(0, at - 2), at))) return -1;
  // 在3月底前, 在签约后: a deadline or a time after something, not the day of what follows.
  if (DEADLINE_AFTER.test(sentence.slice(date.end, date.end + 3))) return -1;
  let start = date.start;
  while (start > from && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  return PLANNED_LEAD.test(sentence.slice(start, date.start)) ? -1 : start;
}

/**
 * Where the clause of a date written after its subject starts ("…动员大会2月16日在南昌举行",
 * "赣州市3日举行重大项目联合开工会"): a day (or a day without its month) followed at once by the
 * happening's verb. The clause runs from the previous clause break, so the subject's words (集中开工)
 * count; -1 when the date is no such date or the words before it plan it (将于3月18日开工).
 */
export function postposedStart(sentence: string, date: DateMatch, from: number): number {
  const after = sentence.slice(date.end, date.end + 24);
  // A month after an approving body (国务院办公厅今年4月发函，同意…) dates the approval.
  const approval = date.parts.kind === "month" && APPROVAL_AFTER.test(after);
  if (date.parts.kind !== "day" && date.parts.kind !== "dayOnly" && date.parts.kind !== "recent" && !approval) return -1;
  if (!approval && !POSTPOSED_AFTER.test(after)) return -1;
  // The next of a list of dated milestones (该项目3月1日签约、5月10日开工、10月20日投产) starts at its own date.
  if (from > 0 && sentence[date.start - 1] === "、") return date.start;
  let start = date.start;
  while (start > from && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  if (start === date.start) return -1;
  const lead = sentence.slice(start, date.start);
  return PLAN_MARKERS.test(lead) || /(?:将|拟|计划|预计)$/.test(lead) ? -1 : start;
}
