import { RELATIVE_DAYS, TIME_OF_DAY } from "../../lexicon.ts";
import type { DateRule } from "../../types.ts";

const FREE = Object.keys(RELATIVE_DAYS).filter((w) => RELATIVE_DAYS[w]! < 0);
const GUARDED = Object.keys(RELATIVE_DAYS).filter((w) => RELATIVE_DAYS[w] === 0);

/** 昨日上午 / 昨日，/ 昨天滨江区… ; 今天上午 / 今日， (see RELATIVE_DAYS); not 昨日的 (a noun: 昨日的辉煌). */
export const relativeDay: DateRule = {
  name: "relativeDay",
  pattern: new RegExp(`(?:${FREE.join("|")})(?!的)|(?:${GUARDED.join("|")})(?=${TIME_OF_DAY.join("|")}|[，,])`, "g"),
  extract: (_text, m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    rule: "relativeDay",
    parts: { kind: "relative", offset: RELATIVE_DAYS[m[0]]! },
    until: null,
  }),
};
