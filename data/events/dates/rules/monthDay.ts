import type { DateRule } from "../../types.ts";
import { validMonthDay } from "../valid.ts";

/** "9月22日" (year from the report). */
export const monthDay: DateRule = {
  name: "monthDay",
  pattern: /(?<![0-9])([0-9]{1,2})月([0-9]{1,2})[日号]/g,
  extract: (_text, m) => {
    const [month, day] = [Number(m[1]), Number(m[2])];
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
