import { candidateAt, groupStart } from "./candidate.ts";
import { NUMERAL, RANK_SCOPE_BEFORE, RANKED_BEFORE, TOP_RANKED_BEFORE } from "./lexicon.ts";
import { parseNumber } from "./parse/number.ts";
import { RANK_START, skipToStart } from "./scan.ts";
import type { Extractor } from "./types.ts";

/** Ranks: 第2位, 第一名 (位列全市第2位, 位居全市第一名); value is the position. */
export const rankExtractor: Extractor = {
  name: "rank",
  pattern: new RegExp(String.raw`第\s*(?<num>${NUMERAL})\s*(?<unit>位|名)`, "y"),
  // Every rank ends in 位 or 名: none is tried after the last one.
  skipTo: skipToStart(RANK_START, ["位", "名"]),
  extract(context, match) {
    const g = match.groups!;
    const value = parseNumber(g.num!);
    if (value === null || value === 0 || !Number.isInteger(value)) return null;
    const numStart = groupStart(match, g.num!, 1);
    return candidateAt("rank", context, match, numStart, numStart + g.num!.length, {
      value,
      value_max: null,
      unit: "rank",
      unit_text: g.unit!,
      classifier: null,
      kind: "rank",
      qualifier: null,
      revalue: parseNumber,
    });
  },
};

/**
 * Ranks without 位/名 (位居全国第二。, 居全省第一，, 、全省第一。): only after a ranking verb or a scope (全省) and before a clause end, so
 * 第一产业 and 第一方阵 are no ranks.
 */
export const bareRankExtractor: Extractor = {
  name: "rank-bare",
  pattern: new RegExp(String.raw`第\s*(?<num>${NUMERAL})(?=\s*(?:[，,。；;、）)]|$))`, "y"),
  skipTo: skipToStart(RANK_START),
  extract(context, match) {
    const g = match.groups!;
    const before = context.view.slice(Math.max(0, match.index - 10), match.index);
    if (!RANKED_BEFORE.test(before) && !RANK_SCOPE_BEFORE.test(before)) return null;
    const value = parseNumber(g.num!);
    if (value === null || value === 0 || !Number.isInteger(value)) return null;
    const numStart = groupStart(match, g.num!, 1);
    return candidateAt("rank-bare", context, match, numStart, numStart + g.num!.length, {
      value,
      value_max: null,
      unit: "rank",
      unit_text: null,
      classifier: null,
      kind: "rank",
      qualifier: null,
      revalue: parseNumber,
    });
  },
};

/**
 * First place written 首位 (居全国首位, 位于全省七大新区首位, 稳居全国区域碳市场首位): rank 1, only after a ranking verb (居,
 * 位于, 排名, 位列 …) with at most a scope between, so 把…摆在首位 (a priority), 首位产业 and 首位度 are no ranks. 首 counts as
 * a numeral in the start scan, so a sentence with no digit (跃居全区首位。) is read too.
 */
export const topRankExtractor: Extractor = {
  name: "rank-top",
  pattern: /首(?<unit>位)(?!度|产业|城市)/y,
  skipTo: skipToStart(RANK_START),
  extract(context, match) {
    const before = context.view.slice(Math.max(0, match.index - 14), match.index);
    if (!TOP_RANKED_BEFORE.test(before)) return null;
    return candidateAt("rank-top", context, match, match.index, match.index + 1, {
      value: 1,
      value_max: null,
      unit: "rank",
      unit_text: "首位",
      classifier: null,
      kind: "rank",
      qualifier: null,
      revalue: () => 1,
    });
  },
};
