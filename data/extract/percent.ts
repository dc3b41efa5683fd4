import { makeCandidate } from "./candidate.ts";
import { percentKind } from "./classify.ts";
import { ARABIC, CN_NUMERAL, PREFIX_QUALIFIER, SUFFIX_QUALIFIER } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { parseQualifier } from "./parse/qualifier.ts";
import type { Extractor } from "./types.ts";

/** Percentages (4.7%, ４.７％, 百分之九十以上), classified as growth, share or ratio by the words before them. */
export const percentExtractor: Extractor = {
  name: "percent",
  pattern: new RegExp(
    String.raw`(?:(?<before>${PREFIX_QUALIFIER})\s*)?(?:百分之(?<cn>${CN_NUMERAL})|(?<ar>${ARABIC})\s*%)(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`,
    "gd",
  ),
  extract(context, match) {
    const g = match.groups!;
    const numeral = g.cn ?? g.ar!;
    const value = parseNumber(numeral);
    if (value === null) return null;
    const numStart = match.indices!.groups!.cn?.[0] ?? match.indices!.groups!.ar![0];
    const { kind, sign } = percentKind(context, numStart);
    const chinese = /^[零〇一二两三四五六七八九十百千]/.test(numeral);
    return makeCandidate("percent", context, match, {
      value: sign * value,
      unit: "percent",
      unit_text: chinese ? "百分之" : "%",
      classifier: null,
      kind,
      qualifier: parseQualifier(g.before, g.after),
      revalue: (n) => {
        const v = parseNumber(n);
        return v === null ? null : sign * v;
      },
    });
  },
};
