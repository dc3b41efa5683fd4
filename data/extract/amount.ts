import { candidateAt } from "./candidate.ts";
import { CLASSIFIER, CURRENCIES, CURRENCY, MEASURE_UNIT, MONEY_CONTEXT, NOT_MONEY_AFTER, SUFFIX_QUALIFIER } from "./lexicon.ts";
import { amountFromParts } from "./parse/amount.ts";
import { QUANTITY_START, skipToStart } from "./scan.ts";
import { quantityHead, readQuantity } from "./shape.ts";
import type { Extractor } from "./types.ts";

/** Right after a 亿/万 numeral without a currency: a unit or classifier of something else (亿千瓦时, 亿股, 亿斤, 2亿人次). */
const UNIT_AFTER = new RegExp(String.raw`\s*(?:${CLASSIFIER}|${MEASURE_UNIT}|${NOT_MONEY_AFTER}|%|个?百分点)`, "y");

/** True when UNIT_AFTER matches right at `at` (sticky: no slice of the rest of the sentence). */
function unitAfter(view: string, at: number): boolean {
  UNIT_AFTER.lastIndex = at;
  return UNIT_AFTER.test(view);
}

/** Start of the stretch a bare 亿 looks back over: after the previous ，。；! (a 、 list shares its noun). */
const STRETCH_BREAKS = new Set([..."，,。；;！!？?"].map((c) => c.charCodeAt(0)));

/**
 * True when a money word comes before `index` in its stretch (at most 40 characters back) or in the
 * few words right after `end` (启动百亿技改投资计划).
 */
function moneyContext(view: string, index: number, end: number): boolean {
  let from = index;
  while (from > 0 && index - from < 40 && !STRETCH_BREAKS.has(view.charCodeAt(from - 1))) from--;
  if (MONEY_CONTEXT.test(view.slice(from, index))) return true;
  let to = end;
  while (to < view.length && to - end < 6 && !STRETCH_BREAKS.has(view.charCodeAt(to))) to++;
  return MONEY_CONTEXT.test(view.slice(end, to));
}

/**
 * Money: 43.31亿元, 5000万元, 2205万美元, 10亿港元, 过亿元, 3-5亿元 (both bounds), 3000多亿元,
 * -12亿元, and 亿 without 元 when a money word comes before it (总产值突破2000亿, 营收过百亿, 过50亿) or it
 * grades a size class (百亿级), unless a unit of something else follows.
 */
export const amountExtractor: Extractor = {
  name: "amount",
  pattern: new RegExp(String.raw`${quantityHead()}\s*(?<cur>${CURRENCY})?(?<grade>级)?(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`, "y"),
  // Every amount holds a currency or 亿 (below): none is tried after the last of them.
  skipTo: skipToStart(QUANTITY_START, [...Object.keys(CURRENCIES), "亿"]),
  extract(context, match) {
    const g = match.groups!;
    // Without a currency only a numeral ending in 亿 can be money (amountFromParts): reject the rest before parsing.
    if (!g.cur && !(g.mag ?? g.num!).endsWith("亿")) return null;
    if (!g.cur && unitAfter(context.view, match.index + match[0].length)) return null;
    const q = readQuantity(match, g.grade, g.after);
    if (!q) return null;
    if (!g.cur && !g.grade && !moneyContext(context.view, q.numStart, match.index + match[0].length)) return null;
    const parsed = amountFromParts({
      before: g.before,
      numeral: q.numeral,
      infix: g.infix,
      currency: g.cur,
      grade: g.grade,
      after: g.after,
    });
    if (!parsed) return null;
    const exponentText = parsed.unit_text.slice(0, parsed.unit_text.length - (g.cur?.length ?? 0));
    const cur = g.cur;
    return candidateAt("amount", context, match, q.numStart, q.numEnd, {
      value: q.value,
      value_max: q.value_max,
      unit: parsed.unit,
      unit_text: parsed.unit_text,
      classifier: null,
      kind: "amount",
      qualifier: q.qualifier,
      revalue: (numeral) => amountFromParts({ numeral: numeral + exponentText, currency: cur })?.value ?? null,
    });
  },
};
