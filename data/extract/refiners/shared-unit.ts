import type { Candidate, Refiner } from "../types.ts";

/**
 * Bare numbers listed with 、 (or joined by 和/与/及, 分别提高15.5和2.2个百分点) right before a figure (775.28、112.91亿元):
 * each item and its separator.
 */
const LISTED = /(?:(?<![\d.])\d+(?:\.\d+)?[、和与及])+$/;
const ITEM = /(\d+(?:\.\d+)?)[、和与及]/g;
/** A 分别 earlier in the clause makes the list one figure per named thing. */
const DISTRIBUTED = /分别[^，。；;！？]*$/;
/** How far back the list and its 分别 are looked for (bounded, so a long line costs O(n)). */
const LOOK_BACK = 60;

/** Figures whose unit a 分别 list shares: amounts, measures, counts, and changes in points (分别高10.4、6.2、6.3个百分点). */
function shares(f: Candidate): boolean {
  if (f.kind === "amount" || f.kind === "measure" || f.kind === "count") return true;
  return f.kind === "growth" && (f.unit === "pp" || f.unit === "permille_point");
}

/**
 * A 分别 list of numbers written with the unit only on the last one (装备制造业、生物医药两大主导产业分别实现
 * 工业总产值775.28、112.91亿元; 分别回落2.16和1.66个百分点): every item is a figure in the last item's unit and magnitude. Without
 * 分别 a bare number before 、 is left alone (1、2号楼 is no list of amounts).
 */
export const sharedUnitRefiner: Refiner = {
  name: "shared-unit",
  reason: "the unit after a 分别 list applies to every item; without it the earlier items are lost",
  refine(context, facts) {
    const out: Candidate[] = [];
    for (const f of facts) {
      if (shares(f) && f.start === f.numStart) {
        const from = Math.max(0, f.start - LOOK_BACK);
        const before = context.view.slice(from, f.start);
        const list = LISTED.exec(before);
        if (list && DISTRIBUTED.test(before.slice(0, list.index))) {
          ITEM.lastIndex = 0;
          for (let m = ITEM.exec(list[0]); m !== null; m = ITEM.exec(list[0])) {
            const value = f.revalue(m[1]!);
            if (value === null) continue;
            const start = from + list.index + m.index;
            const end = start + m[1]!.length;
            out.push({
              ...f,
              start,
              end,
              numStart: start,
              numEnd: end,
              text: context.sentence.slice(start, end),
              value,
              value_max: null,
              qualifier: null,
            });
          }
        }
      }
      out.push(f);
    }
    return out;
  },
};
