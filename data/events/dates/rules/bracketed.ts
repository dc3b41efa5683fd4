import { MONTH_NUMBER } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";
import { parseMonthNumber } from "../number.ts";
import { validMonthDay } from "../valid.ts";

/**
 * A paper's 昨（10月31）日 / 今（5）日 / 前(2)日: the date written inside 昨…日 (yesterday, the 31st), and a radio or
 * wire lead's 今天（22日）/ 昨天（10月21日）: the day written after 今天/昨天 in brackets. The written month-day is the date
 * (the year from the report, as for 9月22日); a day alone is a day-only date.
 */
export const bracketedDay: DateRule = {
  name: "bracketedDay",
  pattern: new RegExp(
    `(?:[昨今前][(（](?:(${MONTH_NUMBER})月)?([0-9]{1,2})[)）][日号]|(?:今天|今日|昨天|昨日|前天)[(（](?:(${MONTH_NUMBER})月)?([0-9]{1,2})[日号][)）])`,
    "g",
  ),
  extract: (_text, m) => {
    const [monthText, dayText] = m[2] === undefined ? [m[3], m[4]] : [m[1], m[2]];
    const day = Number(dayText);
    const span = { start: m.index, end: m.index + m[0].length, text: m[0], rule: "bracketedDay", until: null };
    if (monthText === undefined) return day >= 1 && day <= 31 ? { ...span, parts: { kind: "dayOnly", day } } : null;
    const month = parseMonthNumber(monthText);
    if (!validMonthDay(month, day)) return null;
    return { ...span, parts: { kind: "day", year: null, month, day } };
  },
};
