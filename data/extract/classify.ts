import { clauseStart, lastCue } from "./clause.ts";
import { GROWTH_DOWN_CUE, GROWTH_UP_CUE, RATIO_CUE, SHARE_CUE } from "./lexicon.ts";
import type { ExtractContext } from "./types.ts";

const CUES = [GROWTH_UP_CUE, GROWTH_DOWN_CUE, SHARE_CUE, RATIO_CUE] as const;

/**
 * Kind of a percentage from the nearest cue before it in its clause: 增长 → growth,
 * 下降 → growth with sign -1, 占/比例 → share, 完成…的/率/覆盖 → ratio. Without a cue a
 * percentage is a share of some whole (百分之九十以上具备硕士学历).
 */
export function percentKind(context: ExtractContext, numStart: number): { kind: "growth" | "share" | "ratio"; sign: 1 | -1 } {
  const before = context.view.slice(clauseStart(context.view, numStart), numStart);
  const cue = lastCue(before, CUES);
  if (!cue) return { kind: "share", sign: 1 };
  if (cue.pattern === 0) return { kind: "growth", sign: 1 };
  if (cue.pattern === 1) return { kind: "growth", sign: -1 };
  return { kind: cue.pattern === 2 ? "share" : "ratio", sign: 1 };
}

/** Sign of a percentage-point difference: negative after 下降/降低/减少 …, else positive. */
export function pointsSign(context: ExtractContext, numStart: number): 1 | -1 {
  const before = context.view.slice(clauseStart(context.view, numStart), numStart);
  const cue = lastCue(before, [GROWTH_UP_CUE, GROWTH_DOWN_CUE]);
  return cue?.pattern === 1 ? -1 : 1;
}
