import { candidateAt } from "./candidate.ts";
import { pointsSign } from "./classify.ts";
import { SUFFIX_QUALIFIER } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { QUANTITY_START, skipToStart } from "./scan.ts";
import { quantityHead, readQuantity } from "./shape.ts";
import type { Extractor } from "./types.ts";

/**
 * Percentage points (超全市平均水平24个百分点, 回落-0.5个百分点) and per-mille points (出生率…比上年下降0.62个千分点):
 * a difference of rates, so kind growth, in pp or permille_point; negative after 下降/降低 or with an explicit minus.
 */
export const pointsExtractor: Extractor = {
  name: "points",
  pattern: new RegExp(String.raw`${quantityHead()}\s*(?<unit>个?[百千]分点)(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`, "y"),
  // Every match holds 百分点 or 千分点: none is tried after the last one.
  skipTo: skipToStart(QUANTITY_START, ["百分点", "千分点"]),
  extract(context, match) {
    const g = match.groups!;
    const q = readQuantity(match, g.after);
    if (!q) return null;
    const sign = q.value < 0 ? 1 : pointsSign(context, q.numStart);
    return candidateAt("points", context, match, q.numStart, q.numEnd, {
      value: sign * q.value,
      value_max: q.value_max === null ? null : sign * q.value_max,
      unit: g.unit!.endsWith("千分点") ? "permille_point" : "pp",
      unit_text: g.unit!,
      classifier: null,
      kind: "growth",
      qualifier: q.qualifier,
      revalue: (n) => {
        const v = parseNumber(n);
        return v === null ? null : sign * v;
      },
    });
  },
};
