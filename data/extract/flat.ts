import { candidateAt } from "./candidate.ts";
import type { Extractor } from "./types.ts";

/**
 * A year-on-year change written without digits: 居民消费价格与上年持平, CPI同比持平 is a growth of 0 %;
 * 基本持平 an approximate one. Only after a year-on-year comparison word, because a bare 持平 (居住价格持平
 * in a monthly release, 收支持平) does not say against what.
 */
export const flatExtractor: Extractor = {
  name: "flat",
  pattern: /(?:同比|与上年同期|比上年同期|与去年同期|比去年同期|与上年|比上年|与去年|比去年)(?<approx>基本)?(?<word>持平)/g,
  extract(context, match) {
    const g = match.groups!;
    const numStart = match.index + match[0].length - g.word!.length;
    return candidateAt("flat", context, match, numStart, numStart + g.word!.length, {
      value: 0,
      value_max: null,
      unit: "percent",
      unit_text: null,
      classifier: null,
      kind: "growth",
      qualifier: g.approx ? "approx" : null,
      // No numeral to read again: a range cannot end in 持平.
      revalue: () => null,
    });
  },
};
