import { candidateAt, groupStart } from "./candidate.ts";
import { percentKind } from "./classify.ts";
import { ARABIC, CN_NUMERAL, PREFIX_QUALIFIER, RANGE_DASH, SIGN, SUFFIX_QUALIFIER } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { parseQualifier } from "./parse/qualifier.ts";
import { QUANTITY_START, skipToStart } from "./scan.ts";
import type { Extractor } from "./types.ts";

/**
 * Percentages (4.7%, ４.７％, 百分之九十以上, 百分之七点五, 5%-8%), classified as growth, share or
 * ratio by the words before them; per-mille rates (出生率10.04‰) the same way, in unit permille. An explicit minus (增长-5%, −4.0%, 负6%) makes the value
 * negative whatever the cue; 下降/负增长 make a growth negative.
 */
export const percentExtractor: Extractor = {
  name: "percent",
  pattern: new RegExp(
    String.raw`(?:(?<before>${PREFIX_QUALIFIER})\s*)?(?<sign>${SIGN})?(?:百分之(?<cn>${CN_NUMERAL})|(?:(?<lo>${ARABIC})\s*%?\s*${RANGE_DASH}\s*)?(?<ar>${ARABIC})\s*(?<mark>%|‰))(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`,
    "y",
  ),
  // Every percentage holds %, ‰ or 百分之: none is tried after the last one.
  skipTo: skipToStart(QUANTITY_START, ["%", "‰", "百分之"]),
  extract(context, match) {
    const g = match.groups!;
    const numeral = g.cn ?? g.ar!;
    const top = parseNumber(numeral);
    if (top === null) return null;
    const skip = (g.before?.length ?? 0) + (g.sign?.length ?? 0);
    const first = g.lo ?? numeral;
    const numStart = groupStart(match, first, skip);
    const numEnd = groupStart(match, numeral, numStart - match.index + (g.lo ? g.lo.length : 0)) + numeral.length;
    const low = g.lo ? parseNumber(g.lo) : null;
    if (low !== null && low >= top) return null;
    const cue = percentKind(context, numStart);
    const sign = g.sign ? -1 : cue.sign;
    return candidateAt("percent", context, match, numStart, numEnd, {
      value: sign * (low ?? top),
      value_max: low === null ? null : sign * top,
      unit: g.mark === "‰" ? "permille" : "percent",
      unit_text: g.cn ? "百分之" : g.mark!,
      classifier: null,
      kind: cue.kind,
      qualifier: parseQualifier(g.before, g.after) ?? (low === null ? null : "at_least"),
      revalue: (n) => {
        const v = parseNumber(n);
        return v === null ? null : sign * v;
      },
    });
  },
};
