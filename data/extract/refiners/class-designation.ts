import type { Refiner } from "../types.ts";

/** 级 or 型 right after a count or measure: a size class (2吨级, 百吨级). */
const GRADE_AFTER = new Set([..."级型"].map((c) => c.charCodeAt(0)));

/**
 * Drops measures and counts followed by 级 or 型: 2吨级全球航程纪录 and 百吨级重卡 name a
 * class of vehicle, not a weight. (Money followed by 级 — 百亿级大项目 — is kept by the
 * amount extractor as at_least.)
 */
export const classDesignationRefiner: Refiner = {
  name: "class-designation",
  reason: "a unit followed by 级/型 names a size class (2吨级, 百吨级), not a measured quantity",
  refine(context, facts) {
    return facts.filter((f) => f.kind === "amount" || !GRADE_AFTER.has(context.view.charCodeAt(f.end)));
  },
};
