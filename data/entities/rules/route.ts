import { nameStart } from "../boundary.ts";
import type { EntityRule } from "../types.ts";
import { regionEndsAt } from "./region.ts";

/**
 * A route's dash between two end points (巴林—奈曼, 郑州-济南), or 至 after a division's name (龙岩至龙川铁路);
 * a doubled dash (——) is punctuation, not a route.
 */
const DASH = /[—–－至-]/g;
/** Works named by their end points: power lines, railways and roads ending 工程/项目, or a line's own name. */
const PATTERN =
  /((?:±)?[0-9]{2,4}(?:千伏|kV|KV))?([\u4e00-\u9fff]{2,8})((?:(?:[—–－-](?!—)|至)[\u4e00-\u9fff]{2,6}?){1,4})((?:±)?[0-9]{2,4}(?:千伏|kV|KV))?([\u4e00-\u9fff]{0,10}?)(工程|项目|高速公路|城际铁路|铁路|高铁|客专|输电线路)/g;
/** Words in front of the first end point that end the text before the name (单体项目巴林 → 巴林). */
const BEFORE_NAME = /^.*(?:项目|工程|的|之|是)/;
const TYPE = { 工程: "project", 项目: "project" } as const;

/**
 * Works named by the places they join: 巴林—奈曼—阜新500千伏输变电工程, 郑州—济南高铁. The dashed end
 * points are the evidence of a name, so an ordinary 工程 (海川路北跨工程) is not taken for one.
 */
export const routeWorks: EntityRule = {
  name: "routeWorks",
  pattern: PATTERN,
  // Most sentences have no dash: start at most 16 characters (a voltage and an end point) before the next one.
  skipTo: (text, from) => {
    DASH.lastIndex = from + 2;
    const next = DASH.exec(text);
    DASH.lastIndex = 0;
    return next === null ? text.length + 1 : Math.max(from, next.index - 16);
  },
  extract: (context, match) => {
    // A voltage in front (750千伏和田—民丰…工程) belongs to the name; else the first end point is cut
    // after the words that lead to it.
    const voltage = match[1] ?? "";
    const first = match[2]!;
    let cut = 0;
    if (voltage === "") {
      cut = nameStart(first);
      const lead = BEFORE_NAME.exec(first.slice(cut));
      if (lead) cut += lead[0].length;
    }
    if (first.length - cut < 2) return null;
    // 至 joins end points only after a place (龙岩至…), not in 延伸至城区的道路工程.
    const firstEnd = match.index + voltage.length + first.length;
    if (match[3]!.startsWith("至") && !regionEndsAt(context.sentence.text, firstEnd)) return null;
    const start = match.index + cut;
    const text = match[0].slice(cut);
    const suffix = match[6]!;
    const type = suffix in TYPE ? TYPE[suffix as keyof typeof TYPE] : "place";
    return { start, end: start + text.length, text, type, canonical: null, role: null, rule: "routeWorks", priority: 2 };
  },
};
