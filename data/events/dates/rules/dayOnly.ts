import type { DateRule } from "../../types.ts";

/** "6日上午": a day with no month; kept so the event is not lost, but never given a made-up month. */
export const dayOnly: DateRule = {
  name: "dayOnly",
  pattern: /(?<![0-9月])([0-9]{1,2})[日号](?=上午|下午|晚|凌晨|中午|[，,])/g,
  extract: (_text, m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return { start: m.index, end: m.index + m[0].length, text: m[0], rule: "dayOnly", parts: { kind: "dayOnly", day }, until: null };
  },
};
