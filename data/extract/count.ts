import { makeCandidate } from "./candidate.ts";
import { CLASSIFIER, INFIX_QUALIFIER, NUMERAL, PREFIX_QUALIFIER, SUFFIX_QUALIFIER } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { parseQualifier } from "./parse/qualifier.ts";
import type { Extractor } from "./types.ts";

/**
 * Counts: a number and a classifier (61家, 56个, 三款, 10万余人次, 100多名). A number after
 * 第 is an ordinal, not a count (第一批, 第2位), so the pattern refuses it.
 */
export const countExtractor: Extractor = {
  name: "count",
  pattern: new RegExp(
    String.raw`(?:(?<before>${PREFIX_QUALIFIER})\s*)?(?<!第\s*)(?<num>${NUMERAL})\s*(?<infix>${INFIX_QUALIFIER})?\s*(?<cls>${CLASSIFIER})(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`,
    "gd",
  ),
  extract(context, match) {
    const g = match.groups!;
    const value = parseNumber(g.num!);
    if (value === null || value === 0) return null;
    return makeCandidate("count", context, match, {
      value,
      unit: "count",
      unit_text: g.cls!,
      classifier: g.cls!,
      kind: "count",
      qualifier: parseQualifier(g.before, g.infix, g.after),
      revalue: parseNumber,
    });
  },
};
