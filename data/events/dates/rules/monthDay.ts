import { CN_DAY, MONTH_NUMBER } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";
import { parseMonthNumber } from "../number.ts";
import { validMonthDay } from "../valid.ts";

/** "9月22日", "十一月十一日" (year from the report); not inside a longer number (三十一月). */
export const monthDay: DateRule = {
  name: "monthDay",
  pattern: new RegExp(`(?<![0-9零〇一二三四五六七八九十百千万两])(${MONTH_NUMBER})月([0-9]{1,2}|${CN_DAY})[日号]`, "g"),
  extract: (_text, m) => {
    const [month, day] = [parseMonthNumber(m[1]!), parseMonthNumber(m[2]!)];
    if (!validMonthDay(month, day)) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      rule: "monthDay",
      parts: { kind: "day", year: null, month, day },
      until: null,
    };
  },
};
