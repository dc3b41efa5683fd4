import { candidateAt } from "./candidate.ts";
import { APPROX_PREFIX, CLASSIFIER, CLASSIFIERS, RANKED_BEFORE, SUFFIX_QUALIFIER } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { APPROX_START, literalWords, QUANTITY_START, skipToStart } from "./scan.ts";
import { quantityHead, readQuantity } from "./shape.ts";
import type { Extractor } from "./types.ts";

/** Verbs of moving in a ranking right before N位 (前进3位, 上升5位, 后退2位, 提升4位). */
const RANK_MOVE_BEFORE = /(?:前进|前移|上升|提升|跃升|攀升|后退|下降|下滑|后移|晋升)了?$/;

/**
 * Counts: a number and a classifier (61家, 56个, 三款, 10万余人次, 100多名, 3-5家, 十余个).
 * A number after 第 is an ordinal, not a count (第一批, 第2位), so the pattern refuses it.
 * 上万人 and 数百家 are approximate counts of the magnitude (at_least / more_than).
 */
export const countExtractor: Extractor = {
  name: "count",
  pattern: new RegExp(
    String.raw`(?:(?<approx>${APPROX_PREFIX})(?<bare>[十百千万])(?<ainfix>余|多)?|${quantityHead(true)})\s*(?<cls>${CLASSIFIER})(?:\s*(?<after>${SUFFIX_QUALIFIER}))?`,
    "y",
  ),
  // Every count ends in a classifier: none is tried after the last one.
  skipTo: skipToStart(QUANTITY_START | APPROX_START, literalWords(CLASSIFIERS)),
  extract(context, match) {
    const g = match.groups!;
    if (g.approx) {
      const value = parseNumber(g.bare!)!;
      const numStart = match.index + g.approx.length;
      return candidateAt("count", context, match, numStart, numStart + 1, {
        value,
        value_max: null,
        unit: "count",
        unit_text: g.cls!,
        classifier: g.cls!,
        kind: "count",
        qualifier: g.approx === "上" ? "at_least" : "more_than",
        revalue: parseNumber,
      });
    }
    const q = readQuantity(match, g.after);
    if (!q || q.value < 0) return null;
    // 11类民生支出 counts kinds; 一类口岸, 二类疫苗 name a class.
    if (g.cls === "类" && !/\d/.test(match[0])) return null;
    // 前进两个位次: places moved in a ranking, not two of something.
    if (g.cls === "个" && context.view.startsWith("位次", match.index + match[0].length)) return null;
    // 八所港: a place whose name starts with a numeral and 所, not eight of something.
    if (g.cls === "所" && /^[港镇乡村]/.test(context.view.slice(match.index + match[0].length))) return null;
    if (g.cls === "位" || g.cls === "名") {
      const before = context.view.slice(Math.max(0, match.index - 10), match.index);
      // 较去年前进3位, 排名上升5位: places moved in a ranking, not a count of people.
      if (g.cls === "位" && RANK_MOVE_BEFORE.test(before)) return null;
      // 综合排名24位 is a rank written without 第; 位列前10名 is a bucket of ranks, no figure.
      if (RANKED_BEFORE.test(before)) {
        if (before.endsWith("前")) return null;
        return candidateAt("count", context, match, q.numStart, q.numEnd, {
          value: q.value,
          value_max: null,
          unit: "rank",
          unit_text: g.cls!,
          classifier: null,
          kind: "rank",
          qualifier: null,
          revalue: parseNumber,
        });
      }
    }
    return candidateAt("count", context, match, q.numStart, q.numEnd, {
      value: q.value,
      value_max: q.value_max,
      unit: "count",
      unit_text: g.cls!,
      classifier: g.cls!,
      kind: "count",
      qualifier: q.qualifier,
      revalue: parseNumber,
    });
  },
};
