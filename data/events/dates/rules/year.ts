import { YEAR } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";

/** "2023年" alone (and 2023年底, 2023年末: the year's end, dated by the year), and "今年" (the report's year). */
export const year: DateRule = {
  name: "year",
  pattern: new RegExp(`(${YEAR})年(?:底|末)?(?!度?[0-9])|今年`, "g"),
  extract: (_text, m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    rule: "year",
    parts: { kind: "year", year: m[1] ? Number(m[1]) : null },
    until: null,
  }),
};
