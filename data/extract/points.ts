import { makeCandidate } from "./candidate.ts";
import { pointsSign } from "./classify.ts";
import { NUMERAL, PREFIX_QUALIFIER, SUFFIX_QUALIFIER } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { parseQualifier } from "./parse/qualifier.ts";
import type { Extractor } from "./types.ts";

/**
 * Percentage points (超全市平均水平24个百分点). A difference of rates, so kind growth;
 * negative after 下降/降低.
 */
export const pointsExtractor: Extractor = {
  name: "points",
  pattern: new RegExp(
    String.raw`(?:(?<before>${PREFIX_QUALIFIER})\s*)?(?<num>${NUMERAL})\s*(?<unit>个?百分点)(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`,
    "gd",
  ),
  extract(context, match) {
    const g = match.groups!;
    const value = parseNumber(g.num!);
    if (value === null) return null;
    const sign = pointsSign(context, match.indices!.groups!.num![0]);
    return makeCandidate("points", context, match, {
      value: sign * value,
      unit: "pp",
      unit_text: g.unit!,
      classifier: null,
      kind: "growth",
      qualifier: parseQualifier(g.before, g.after),
      revalue: (n) => {
        const v = parseNumber(n);
        return v === null ? null : sign * v;
      },
    });
  },
};
