import { makeCandidate } from "./candidate.ts";
import { CLASSIFIER, CURRENCY, INFIX_QUALIFIER, MEASURE_UNIT, NUMERAL, PREFIX_QUALIFIER, SUFFIX_QUALIFIER } from "./lexicon.ts";
import { amountFromParts } from "./parse/amount.ts";
import type { Extractor } from "./types.ts";

const UNIT_AFTER = new RegExp(String.raw`^\s*(?:${CLASSIFIER}|${MEASURE_UNIT}|%|个?百分点)`);

/** Money: 43.31亿元, 5000万元, 2205万美元, 过亿元, and 亿 without 元 (总产值突破2000亿, 过50亿, 百亿级). */
export const amountExtractor: Extractor = {
  name: "amount",
  pattern: new RegExp(
    String.raw`(?:(?<before>${PREFIX_QUALIFIER})\s*)?(?<num>${NUMERAL})\s*(?<infix>${INFIX_QUALIFIER})?\s*(?<cur>${CURRENCY})?(?<grade>级)?(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`,
    "gd",
  ),
  extract(context, match) {
    const g = match.groups!;
    // 5亿台 or 2亿人次 are counts of something else, not money.
    if (!g.cur && UNIT_AFTER.test(context.view.slice(match.index + match[0].length))) return null;
    const parsed = amountFromParts({ before: g.before, numeral: g.num!, infix: g.infix, currency: g.cur, grade: g.grade, after: g.after });
    if (!parsed) return null;
    const exponentText = parsed.unit_text.replace(/[^万亿]/g, "");
    return makeCandidate("amount", context, match, {
      value: parsed.value,
      unit: parsed.unit,
      unit_text: parsed.unit_text,
      classifier: null,
      kind: "amount",
      qualifier: parsed.qualifier,
      revalue: (numeral) => amountFromParts({ numeral: numeral + exponentText, currency: g.cur })?.value ?? null,
    });
  },
};
