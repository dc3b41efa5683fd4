import { charTest, skipToChar } from "../../engine/skip.ts";
import type { EntityRule } from "../types.ts";
import { regionEndsAt } from "./region.ts";

/** What follows the far end of a service (赤峰至莫斯科的…运输, 长沙至万象国际货运班列). */
const PATTERN = /至([\u4e00-\u9fff]{2,4}?)(?=的|班列|航线|航班|国际|货运|客运|跨境|直达|往返|专列|中欧)/g;
/** A known place's ending right before 至 (大连港至…, 赤峰国际陆港至…). */
const PLACE_BEFORE = /(?:港|陆港|机场|站|口岸)$/;
/** Words in the far-end slot that are no place (至今的, 至全国的, 至年底的). */
const NOT_PLACE = /^(?:今|全|各|本|该|年|月|目前|此|当|其)|[年月日期底]$/;

/**
 * The far end of a route from a known place: 赤峰至莫斯科的跨境公路运输 (莫斯科 is a place because 赤峰
 * is one and a service runs between them). This finds foreign cities without a hand list of them.
 */
export const routeEnd: EntityRule = {
  name: "routeEnd",
  pattern: PATTERN,
  skipTo: skipToChar(charTest(["至"])),
  extract: (context, match) => {
    const text = context.sentence.text;
    const name = match[1]!;
    if (NOT_PLACE.test(name)) return null;
    if (!regionEndsAt(text, match.index) && !PLACE_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) return null;
    const start = match.index + 1;
    return { start, end: start + name.length, text: name, type: "place", canonical: null, role: null, rule: "routeEnd", priority: 3 };
  },
};
