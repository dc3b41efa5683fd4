import type { Refiner } from "../types.ts";

/**
 * Drops measures and counts followed by 级 or 型: 2吨级全球航程纪录 and 百吨级重卡 name a
 * class of vehicle, not a weight. (Money followed by 级 — 百亿级大项目 — is kept by the
 * amount extractor as at_least.)
 */
export const classDesignationRefiner: Refiner = {
  name: "class-designation",
  reason: "a unit followed by 级/型 names a size class (2吨级, 百吨级), not a measured quantity",
  refine(context, facts) {
    return facts.filter((f) => f.kind === "amount" || !/^[级型]/.test(context.view.slice(f.end)));
  },
};
