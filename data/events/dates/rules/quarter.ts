import { parseNumber } from "../../../extract/parse/number.ts";
import { YEAR } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";

/** "2017年第四季度", "第一季度". */
export const quarter: DateRule = {
  name: "quarter",
  pattern: new RegExp(`(?:(${YEAR})年)?第?([一二三四1-4])季度`, "g"),
  extract: (_text, m) => {
    const q = parseNumber(m[2]!) as 1 | 2 | 3 | 4;
    const year = m[1] ? Number(m[1]) : null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      rule: "quarter",
      parts: { kind: "quarter", year, quarter: q },
      until: null,
    };
  },
};
