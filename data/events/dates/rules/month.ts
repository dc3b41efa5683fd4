import { CN_DAY, MONTH_NUMBER, YEAR } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";
import { parseMonthNumber } from "../number.ts";

/** "2023年2月", "2023年4月份", "12月底", "9月", "十一月" (not followed by a day; not 三个月 or 十一五). */
export const month: DateRule = {
  name: "month",
  pattern: new RegExp(
    `(?:(${YEAR})年)?(?<![0-9\\-－—~～零〇一二三四五六七八九十百千万两])(${MONTH_NUMBER})月份?(?:底|末|初|上旬|中旬|下旬)?(?![0-9]{1,2}[日号]|${CN_DAY}[日号])`,
    "g",
  ),
  extract: (_text, m) => {
    const monthNumber = parseMonthNumber(m[2]!);
    if (!(monthNumber >= 1 && monthNumber <= 12)) return null;
    const year = m[1] ? Number(m[1]) : null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      rule: "month",
      parts: { kind: "month", year, month: monthNumber },
      until: null,
    };
  },
};
