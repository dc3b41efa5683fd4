import { clauseStart, lastCue } from "./clause.ts";
import { DRAG_DOWN_BEFORE, GROWTH_DOWN_CUE, GROWTH_UP_CUE, RATIO_CUE, SHARE_CUE } from "./lexicon.ts";
import type { ExtractContext } from "./types.ts";

const CUES = [GROWTH_UP_CUE, GROWTH_DOWN_CUE, SHARE_CUE, RATIO_CUE] as const;
/** Right after a growth cue: the figure is the level reached (提高到, 下降至). */
const REACHED = /^\s*(?:到|至)\s*$/;
/** A bare percentage and the 和/及/与 before the list's last item. */
const AND_ITEM = /^\s*[-−－]?\d+(?:\.\d+)?\s*%\s*(?:和|及|与)\s*$/;
/** An item of a list that is only a percentage (3.3%, -2.1%). */
const BARE_PERCENT = /^\s*[-−－]?\d+(?:\.\d+)?\s*%\s*$/;

/**
 * Kind of a percentage from the nearest cue before it in its clause: 增长 → growth,
 * 下降 → growth with sign -1, 占/比例 → share, 完成…的/率/覆盖 → ratio. Without a cue a
 * percentage is a share of some whole (百分之九十以上具备硕士学历).
 */
export function percentKind(context: ExtractContext, numStart: number): { kind: "growth" | "share" | "ratio"; sign: 1 | -1 } {
  let start = clauseStart(context.view, numStart);
  let before = context.view.slice(start, numStart);
  // The last item after 和/及 (分别增长31.7%、55.7%、34.0%和60.7%) is a bare item of the list like the others.
  if (AND_ITEM.test(before)) before = "";
  // A bare item of a 、 list takes the cue of the list's head (分别增长81.8%、3.3%、5.2%): walk back over bare items.
  for (let hops = 0; before.trim() === "" && context.view[start - 1] === "、" && hops < 12; hops++) {
    const end = start - 1;
    start = clauseStart(context.view, end);
    const item = context.view.slice(start, end);
    if (lastCue(item, CUES)) {
      before = item;
      break;
    }
    if (!BARE_PERCENT.test(item)) break;
  }
  const cue = lastCue(before, CUES);
  // 提高到54.81%, 下降至3%: the level reached, not the change; the cue before it (城镇化率, 占比, 增速) says which level.
  if (cue && cue.pattern <= 1 && REACHED.test(before.slice(cue.end))) {
    // 增速回升至5.2% is still a growth: the rate reached is one of growth.
    const level = lastCue(before.slice(0, cue.end - cue.text.length), CUES);
    if (level && level.pattern <= 1) return { kind: "growth", sign: 1 };
    return { kind: level?.pattern === 3 ? "ratio" : "share", sign: 1 };
  }
  if (!cue) return { kind: "share", sign: 1 };
  if (cue.pattern === 0) return { kind: "growth", sign: 1 };
  if (cue.pattern === 1) return { kind: "growth", sign: -1 };
  return { kind: cue.pattern === 2 ? "share" : "ratio", sign: 1 };
}

/** Sign of a percentage-point difference: negative after 下降/降低/减少 … and after a drag (下拉…增速), else positive. */
export function pointsSign(context: ExtractContext, numStart: number): 1 | -1 {
  const before = context.view.slice(clauseStart(context.view, numStart), numStart);
  if (DRAG_DOWN_BEFORE.test(before)) return -1;
  const cue = lastCue(before, [GROWTH_UP_CUE, GROWTH_DOWN_CUE]);
  return cue?.pattern === 1 ? -1 : 1;
}
