import type { DateRule } from "../../types.ts";

/**
 * "6日上午": a day with no month; kept so the event is not lost, but never given a made-up month
 * (the paragraph's or the dateline's month may place it). Also a day right before the happening's
 * verb (赣州市3日举行…开工会, 18日在南昌开工).
 */
export const dayOnly: DateRule = {
  name: "dayOnly",
  pattern:
    /(?<![0-9月第])([0-9]{1,2})[日号](?=上午|下午|晚|凌晨|中午|[，,]|(?:在[^，,。；;]{1,15}?)?(?:举行|举办|召开|开工|动工|签约|揭牌|奠基|投产|竣工|开幕))/g,
  extract: (_text, m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return { start: m.index, end: m.index + m[0].length, text: m[0], rule: "dayOnly", parts: { kind: "dayOnly", day }, until: null };
  },
};
