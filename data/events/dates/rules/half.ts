import { YEAR } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";

/** "上半年", "2024年下半年". */
export const half: DateRule = {
  name: "half",
  pattern: new RegExp(`(?:(${YEAR})年)?([上下])半年`, "g"),
  extract: (_text, m) => {
    const year = m[1] ? Number(m[1]) : null;
    const h = m[2] === "上" ? 1 : 2;
    return { start: m.index, end: m.index + m[0].length, text: m[0], rule: "half", parts: { kind: "half", year, half: h }, until: null };
  },
};
