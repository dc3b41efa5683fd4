import { toMatchView } from "../../normalize/index.ts";
import type { DocContext } from "../../types.ts";
import { DATELINE_AFTER, DATELINE_BEFORE, PUBLISHED_LABELS } from "../lexicon.ts";
import type { DateMatch } from "../types.ts";
import { findDates } from "./find.ts";
import { validMonthDay } from "./valid.ts";

const PUBLISHED_LINE = new RegExp(String.raw`(?:${PUBLISHED_LABELS})[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})`);

/**
 * The publication date of a 发布时间/发稿时间/发布日期 line among lines the reader dropped as page
 * boilerplate (来源：… 发布时间：2021年09月29日 09:41), ISO; null when none of the first few says one.
 */
export function publishedFromLines(lines: readonly string[]): string | null {
  const head = lines.slice(0, 8);
  for (const line of head) {
    const m = PUBLISHED_LINE.exec(line);
    if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  }
  // Else a page's stamp in such a line: 来源： 天津北方网 时间： 2022-02-12 09:03:16, 来源：各界新闻网 2022-10-27 18:08:30.
  for (const line of head) {
    const m = LABELLED.exec(line) ?? CLOCKED.exec(line);
    if (m && validMonthDay(Number(m[2]), Number(m[3]))) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  }
  return null;
}

/** The date a report counts 昨日 and 今天 from, and the words it was read from. */
export interface Dateline {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  text: string;
  /** The year is written there (2024年9月20日讯, 发布时间：…, the file's metadata), not taken from the report's year. */
  yearWritten?: boolean;
}

/** How far into a report its dateline may stand (a title, a byline and the lead's first words). */
const HEAD = 400;
/** 发布日期:2016-05-23, 发布时间：2023年2月4日, and a page header's 时间：2023-04-28 15:28:14. */
const LABELLED = new RegExp(
  String.raw`(?:${PUBLISHED_LABELS}|(?:^|[\s|｜])时间)[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})`,
  "m",
);
/**
 * A line opening with a time stamp, as news pages print it: 2022-11-16 20:32:24, alone or before
 * the page's source (2022-08-03 14:20 | 来源：东方财富).
 */
const STAMP_LINE =
  /^((?:19|20)\d{2})(?:-(\d{1,2})-(\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|年(\d{1,2})月(\d{1,2})日\s*\d{1,2}:\d{2}(?::\d{2})?)(?:\s*$|\s*[|｜]|\s+(?=来源))/m;
/**
 * A page's time stamp inside a head line, after its source or column (来源：河南日报2023-06-01 10:55,
 * 中国黔西南 · 2022-01-11 16:57, 发布时间：2023/1/9 10:27:42): a full date with a clock time is when the page was
 * published, never a happening. Day-first (16.03.2015 14:23) as some portals print it.
 */
const CLOCKED = /(?<![0-9])((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})\s*\d{1,2}:\d{2}(?![0-9])/;
const CLOCKED_DAY_FIRST = /(?<![0-9.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}(?![0-9])/;
/** A line that is only a full date, as a paper's page header prints it (2021年12月01日, 2020年3月30日 星期一). */
const DATE_LINE = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*(?:星期[一二三四五六日天]?)?\s*$/m;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A news report's own date: a dateline (2023年2月4日讯, 新华社北京2月4日电 with the report's year) or a
 * 发布时间 line near its start, else the publication date its file's metadata gives. Null when none.
 */
export function datelineOf(doc: DocContext): Dateline | null {
  const head = doc.view?.slice(0, HEAD) ?? toMatchView(doc.text.slice(0, HEAD));
  for (const date of findDates(head)) {
    if (date.parts.kind !== "day") continue;
    if (!DATELINE_AFTER.test(head.slice(date.end)) && !DATELINE_BEFORE.test(head.slice(0, date.start))) continue;
    const written = date.parts.year !== null;
    // A lead without its year (南宁9月24日电) takes the year of the page's 发布时间 line when there is one (the year
    // before when the stamp's month is earlier and the report gives no year of its own).
    const stamped = written ? null : stampOf(head, doc);
    const stampYear = stamped ? Number(stamped.date.slice(0, 4)) : null;
    const stampAfter = stamped !== null && Number(stamped.date.slice(5, 7)) >= date.parts.month;
    const y = date.parts.year ?? (stampAfter ? stampYear : (doc.year ?? (stampYear === null ? null : stampYear - 1)));
    if (y === null) continue;
    return { date: `${y}-${pad(date.parts.month)}-${pad(date.parts.day)}`, text: date.text, yearWritten: written || stamped !== null };
  }
  return stampOf(head, doc);
}

/** The 发布时间 line or time stamp of a report's head, else its metadata's publication date. */
function stampOf(head: string, doc: DocContext): Dateline | null {
  const stamp = LABELLED.exec(head) ?? STAMP_LINE.exec(head);
  if (stamp) {
    const [month, day] = stamp[2] !== undefined ? [stamp[2], stamp[3]] : [stamp[4], stamp[5]];
    return { date: `${stamp[1]}-${pad(Number(month))}-${pad(Number(day))}`, text: stamp[0].trim(), yearWritten: true };
  }
  const other = CLOCKED.exec(head) ?? DATE_LINE.exec(head);
  const dayFirst = CLOCKED_DAY_FIRST.exec(head);
  const found =
    (other && stampDate(other[0], Number(other[1]), Number(other[2]), Number(other[3]))) ??
    (dayFirst && stampDate(dayFirst[0], Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])));
  if (found) return found;
  return doc.published ? { date: doc.published, text: `发布日期 ${doc.published}`, yearWritten: true } : null;
}

/** A stamp's date when it is a real calendar day, else null (31.02.2015 is no publication date). */
function stampDate(text: string, year: number, month: number, day: number): Dateline | null {
  if (!validMonthDay(month, day)) return null;
  return { date: `${year}-${pad(month)}-${pad(day)}`, text: text.trim(), yearWritten: true };
}

/**
 * A date without a year (or a day without a month) placed by the dateline: the dateline's year, or the
 * year before when the month-day falls after the dateline (a report dated 1月5日 telling of 12月28日);
 * a day-only date in the dateline's month when the day is not after it. Null when the dateline cannot say.
 */
export function placeByDateline(parts: { month: number | null; day: number | null }, dateline: Dateline): string | null {
  if (!dateline.yearWritten) return null;
  const [y, m, d] = dateline.date.split("-").map(Number) as [number, number, number];
  if (parts.month === null) {
    return parts.day !== null && parts.day <= d ? `${y}-${pad(m)}-${pad(parts.day)}` : null;
  }
  const after = parts.month > m || (parts.month === m && (parts.day ?? 1) > d);
  return `${after ? y - 1 : y}-${pad(parts.month)}-${pad(parts.day ?? 1)}`;
}

/** The ISO day `offset` days from `iso` (calendar arithmetic in UTC, so no time zone moves it). */
export function shiftDay(iso: string, offset: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** True for a date counted from the dateline (昨日, 今天). */
export function isRelative(date: DateMatch): date is DateMatch & { parts: { kind: "relative"; offset: number } } {
  return date.parts.kind === "relative";
}
