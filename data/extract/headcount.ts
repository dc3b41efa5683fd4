import { candidateAt } from "./candidate.ts";
import { parseNumber } from "./parse/number.ts";
import { QUANTITY_START, skipToStart } from "./scan.ts";
import { quantityHead, readQuantity } from "./shape.ts";
import type { Extractor } from "./types.ts";

/** A noun that counts people, right before the number (a verb of reaching between): 参保人数突破, 旅居人数超, 常住人口达, 旅客吞吐量突破. */
const PEOPLE_BEFORE = /(?:人数|人口|旅客吞吐量|客流量)(?:达到|达|为|增至|增加到)?\s*$/;
/** Nothing of a unit or classifier after the magnitude: the clause goes on or ends (大关: a milestone word). */
const BARE_AFTER = /^\s*(?:[，,。；;、）)]|大关|$)/;

/**
 * A head count written without its classifier after a noun that counts people: 职工医保参保人数突破5100万
 * (广东省2026年政府工作报告), 旅居人数超550万 (云南省2026年政府工作报告). Only a 万 or 亿 numeral, so a
 * year or an ordinal after such a noun never counts.
 */
export const headcountExtractor: Extractor = {
  name: "headcount",
  pattern: new RegExp(quantityHead(true), "y"),
  // Only a 万 or 亿 numeral counts (below): none is tried after the last of them.
  skipTo: skipToStart(QUANTITY_START, ["万", "亿"]),
  extract(context, match) {
    const g = match.groups!;
    if (!/[万亿]$/.test(g.mag ?? g.num!)) return null;
    const end = match.index + match[0].length;
    if (!BARE_AFTER.test(context.view.slice(end, end + 2))) return null;
    if (!PEOPLE_BEFORE.test(context.view.slice(Math.max(0, match.index - 8), match.index))) return null;
    const q = readQuantity(match);
    if (!q || q.value < 0) return null;
    return candidateAt("headcount", context, match, q.numStart, q.numEnd, {
      value: q.value,
      value_max: q.value_max,
      unit: "count",
      unit_text: "",
      classifier: null,
      kind: "count",
      qualifier: q.qualifier,
      revalue: parseNumber,
    });
  },
};
