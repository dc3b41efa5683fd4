import { candidateAt, groupStart } from "./candidate.ts";
import { ARABIC } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { QUANTITY_START, skipToStart } from "./scan.ts";
import type { Extractor } from "./types.ts";

/**
 * Average durations in days, a statistic reports give (旅居人数超550万、平均居住83天; 平均住院日7.2天), and counts
 * of days (空气质量优良天数达290天, 全省优良天数增加7.8天): only after 平均/人均 or 天数 in the clause, so a plan's
 * 工期180天 or a streak of days stays out. A bound before a class
 * (平均居住83天以上的人员) is no figure.
 */
export const durationExtractor: Extractor = {
  name: "duration",
  pattern: new RegExp(
    String.raw`(?<=(?:平均|人均)[\u4e00-\u9fff]{0,4}|天数[^，,。；;、]{0,12})(?<num>${ARABIC})\s*(?<unit>天|日)(?!\s*(?:以上|以下|及以上)|[\u4e00-\u9fff]*的)`,
    "y",
  ),
  skipTo: skipToStart(QUANTITY_START, ["天", "日"]),
  extract(context, match) {
    const g = match.groups!;
    const value = parseNumber(g.num!);
    if (value === null || value <= 0) return null;
    const numStart = groupStart(match, g.num!, 0);
    return candidateAt("duration", context, match, numStart, numStart + g.num!.length, {
      value,
      value_max: null,
      unit: "day",
      unit_text: g.unit!,
      classifier: null,
      kind: "measure",
      qualifier: null,
      revalue: parseNumber,
    });
  },
};
