import { MONTH_NUMBER } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";
import { parseMonthNumber } from "../number.ts";
import { validMonthDay } from "../valid.ts";

/**
 * A paper's 昨（10月31）日 / 今（5）日 / 前(2)日: the date written inside 昨…日 (yesterday, the 31st). The written
 * month-day is the date (the year from the report, as for 9月22日); a day alone is a day-only date.
 */
export const bracketedDay: DateRule = {
  name: "bracketedDay",
  pattern: new RegExp(`[昨今前][(（](?:(${MONTH_NUMBER})月)?([0-9]{1,2})[)）][日号]`, "g"),
  extract: (_text, m) => {
    const day = Number(m[2]);
    const span = { start: m.index, end: m.index + m[0].length, text: m[0], rule: "bracketedDay", until: null };
    if (m[1] === undefined) return day >= 1 && day <= 31 ? { ...span, parts: { kind: "dayOnly", day } } : null;
    const month = parseMonthNumber(m[1]);
    if (!validMonthDay(month, day)) return null;
    return { ...span, parts: { kind: "day", year: null, month, day } };
  },
};
