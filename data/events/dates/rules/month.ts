import { YEAR } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";

/** "2023年2月", "2023年4月份", "12月底", "9月" (not followed by a day). */
export const month: DateRule = {
  name: "month",
  pattern: new RegExp(`(?:(${YEAR})年)?(?<![0-9\\-－—~～])([0-9]{1,2})月份?(?:底|末|初|上旬|中旬|下旬)?(?![0-9]{1,2}[日号])`, "g"),
  extract: (_text, m) => {
    const monthNumber = Number(m[2]);
    if (monthNumber < 1 || monthNumber > 12) return null;
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
