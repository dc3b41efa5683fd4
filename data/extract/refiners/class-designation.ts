import type { Refiner } from "../types.ts";

/** 级 or 型 right after a count or measure: a size class (2吨级, 百吨级). */
const GRADE_AFTER = new Set([..."级型"].map((c) => c.charCodeAt(0)));

/** A vessel right after a capacity (2200TEU船舶, 30万吨油轮): the capacity names the ship's class. */
const VESSEL_AFTER = /^\s*(?:集装箱)?(?:船舶|船|轮|货轮|油轮|邮轮)/;

/**
 * Drops measures and counts followed by 级 or 型 (and capacities followed by a ship: 2200TEU船舶): 2吨级全球航程纪录
 * and 百吨级重卡 name a class of vehicle, not a weight. (Money followed by 级 — 百亿级大项目 — is kept by the
 * amount extractor as at_least.)
 */
export const classDesignationRefiner: Refiner = {
  name: "class-designation",
  reason: "a unit followed by 级/型 names a size class (2吨级, 百吨级), not a measured quantity",
  refine(context, facts) {
    return facts.filter(
      (f) =>
        f.kind === "amount" ||
        (!GRADE_AFTER.has(context.view.charCodeAt(f.end)) &&
          !(f.kind === "measure" && VESSEL_AFTER.test(context.view.slice(f.end, f.end + 6)))),
    );
  },
};
