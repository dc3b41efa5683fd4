import type { DocContext } from "../../types.ts";
import { DATELINE_AFTER, DATELINE_BEFORE } from "../lexicon.ts";
import type { DateMatch } from "../types.ts";
import { findDates } from "./find.ts";

/** The date a report counts 昨日 and 今天 from, and the words it was read from. */
export interface Dateline {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  text: string;
}

/** How far into a report its dateline may stand (a title, a byline and the lead's first words). */
const HEAD = 400;
/** 发布日期:2016-05-23 or 发布时间：2023年2月4日. */
const LABELLED = /(?:发布时间|发稿时间|发布日期)[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
/** A line holding only a time stamp, as news pages print it: 2022-11-16 20:32:24. */
const STAMP_LINE = /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/m;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A news report's own date: a dateline (2023年2月4日讯, 新华社北京2月4日电 with the report's year) or a
 * 发布时间 line near its start, else the publication date its file's metadata gives. Null when none.
 */
export function datelineOf(doc: DocContext): Dateline | null {
  const head = doc.text.slice(0, HEAD);
  for (const date of findDates(head)) {
    if (date.parts.kind !== "day") continue;
    const year = date.parts.year ?? doc.year;
    if (year === null) continue;
    if (!DATELINE_AFTER.test(head.slice(date.end)) && !DATELINE_BEFORE.test(head.slice(0, date.start))) continue;
    return { date: `${year}-${pad(date.parts.month)}-${pad(date.parts.day)}`, text: date.text };
  }
  const stamp = LABELLED.exec(head) ?? STAMP_LINE.exec(head);
  if (stamp) return { date: `${stamp[1]}-${pad(Number(stamp[2]))}-${pad(Number(stamp[3]))}`, text: stamp[0].trim() };
  return doc.published ? { date: doc.published, text: `发布日期 ${doc.published}` } : null;
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
