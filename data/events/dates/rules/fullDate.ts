import { CN_DAY, MONTH_NUMBER, YEAR } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";
import { parseMonthNumber } from "../number.ts";
import { validMonthDay } from "../valid.ts";

/** "2023年5月12日", "2017年十一月十一日". */
export const fullDate: DateRule = {
  name: "fullDate",
  pattern: new RegExp(`(${YEAR})年(${MONTH_NUMBER})月([0-9]{1,2}|${CN_DAY})[日号]`, "g"),
  extract: (_text, m) => {
    const [year, month, day] = [Number(m[1]), parseMonthNumber(m[2]!), parseMonthNumber(m[3]!)];
    if (!validMonthDay(month, day)) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      rule: "fullDate",
      parts: { kind: "day", year, month, day },
      until: null,
    };
  },
};
