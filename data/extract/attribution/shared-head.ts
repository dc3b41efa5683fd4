import { execAll } from "../../engine/global.ts";
import { COUNT_HEADS, LEVEL_WORDS } from "../lexicon.ts";
import type { Candidate, ExtractContext } from "../types.ts";

/** The last head noun of a metric (“种子”企业 → 企业), or null. */
function headOf(metric: string): string | null {
  const heads = execAll(COUNT_HEADS, metric);
  return heads[heads.length - 1]?.[0] ?? null;
}

/** The list's noun for one item: a level swaps the last item's level (国家级 + 省级创新平台 → 国家级创新平台), else own words + head. */
function itemMetric(own: string, last: string): string | null {
  const ownLevel = LEVEL_WORDS.exec(own);
  const lastLevel = LEVEL_WORDS.exec(last);
  if (ownLevel && ownLevel[0] === own && lastLevel) return own + last.slice(lastLevel[0].length);
  const head = headOf(last);
  if (head === null) return null;
  return own.endsWith(head) ? own : `${own}${head}`;
}

/**
 * Gives counts in a 、-list the head noun the list names once, at its end: "全力扶持61家规模以上
 * 非攀登、38家“准四上”、38家“幼苗”、75家“种子”企业" → 规模以上非攀登企业, “准四上”企业, “幼苗”企业;
 * "导入2家国家级、8家省级创新平台" → 国家级创新平台; the last item may follow 和/及 (2次国家级和1次省级
 * 现场观摩会 → 国家级现场观摩会).
 * Only a count without a metric, with words of its own before the 、, and followed through the
 * list by counts of the same classifier, takes it.
 */
export function shareListHeads(context: ExtractContext, facts: Candidate[]): Candidate[] {
  const out = [...facts];
  for (let i = out.length - 2; i >= 0; i--) {
    const f = out[i]!;
    const next = out[i + 1]!;
    if (f.kind !== "count" || f.metric !== null || next.kind !== "count" || next.classifier !== f.classifier || next.metric === null)
      continue;
    const between = context.sentence.slice(f.end, next.start);
    if (!/[、和及]$/.test(between)) continue;
    const own = between.slice(0, -1);
    if (own === "" || /[，,；;。、]/.test(own)) continue;
    const metric = itemMetric(own, next.metric);
    if (metric !== null) out[i] = { ...f, metric };
  }
  return out;
}
