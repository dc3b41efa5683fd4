import { YEAR } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";

/** "1-8月份", "2023年1至6月": a range of months. */
export const monthRange: DateRule = {
  name: "monthRange",
  pattern: new RegExp(`(?:(${YEAR})年)?(?<![0-9])([0-9]{1,2})[-－—~～至到]([0-9]{1,2})月份?`, "g"),
  extract: (_text, m) => {
    const [from, to] = [Number(m[2]), Number(m[3])];
    if (from < 1 || to > 12 || from >= to) return null;
    const year = m[1] ? Number(m[1]) : null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      rule: "monthRange",
      parts: { kind: "month", year, month: from },
      until: { kind: "month", year, month: to },
    };
  },
};
