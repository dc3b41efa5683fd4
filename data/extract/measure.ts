import { makeCandidate } from "./candidate.ts";
import { INFIX_QUALIFIER, MEASURE_UNIT, MEASURE_UNITS, NUMERAL, PREFIX_QUALIFIER, SUFFIX_QUALIFIER } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { parseQualifier } from "./parse/qualifier.ts";
import type { Extractor } from "./types.ts";

/** Physical measures: 244.359亩, 1.2万亩, 70万平方米, 40万平米, 27公里, 106吨, 900马力, 200公里每小时. */
export const measureExtractor: Extractor = {
  name: "measure",
  pattern: new RegExp(
    String.raw`(?:(?<before>${PREFIX_QUALIFIER})\s*)?(?<num>${NUMERAL})\s*(?<infix>${INFIX_QUALIFIER})?\s*(?<unit>${MEASURE_UNIT})(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`,
    "gd",
  ),
  extract(context, match) {
    const g = match.groups!;
    const value = parseNumber(g.num!);
    if (value === null || value === 0) return null;
    const unit = MEASURE_UNITS[g.unit!]!;
    return makeCandidate("measure", context, match, {
      value,
      unit: unit.unit,
      unit_text: g.unit!,
      classifier: null,
      kind: "measure",
      qualifier: parseQualifier(g.before, g.infix, g.after),
      revalue: parseNumber,
    });
  },
};
