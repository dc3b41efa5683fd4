import type { Refiner } from "../types.ts";

/** Capacity words right before a number that open a project's or plant's name (年产40条…, 年处理10万吨…). */
// Not after 可/能/满足 (可满足年产5万台…产业园 states what a park is built for).
const CAPACITY_BEFORE = /(?<![可能足])(?:年产|年产能|日产|年处理|年加工|年屠宰|年吞吐)$/;
/** The name's head later in the same clause (…异质结电池整线设备项目, …预制菜生产线). */
const NAME_HEAD_AFTER = /^[^，,。；;、：:（）()“”"]{0,24}?(?:项目|生产线|生产基地|工程)/;
/** A plant named by its capacity, right after the unit (中金集团2.3万吨选厂改扩建). */
const PLANT_AFTER = /^\s*(?:选厂|选矿厂|冶炼厂|水泥厂|生产线)/;

/**
 * Drops counts and measures that are a capacity inside a project's or plant's name: 迈为年产40条异质结电池整线设备项目 and
 * 年产5000吨预制菜生产项目 name a project, 2.3万吨选厂 a plant; none is a quantity of the place. A capacity stated as a
 * result (项目建成后年产10万吨，…) has no name head in its clause and stays.
 */
export const namedCapacityRefiner: Refiner = {
  name: "named-capacity",
  reason: "a capacity inside a project's or plant's name (年产40条…项目, 2.3万吨选厂) names it, it is not a quantity",
  refine(context, facts) {
    return facts.filter((f) => {
      if (f.kind !== "count" && f.kind !== "measure") return true;
      const after = context.view.slice(f.end, f.end + 30);
      if (PLANT_AFTER.test(after)) return false;
      const before = context.view.slice(Math.max(0, f.numStart - 6), f.numStart);
      return !(CAPACITY_BEFORE.test(before) && NAME_HEAD_AFTER.test(after));
    });
  },
};
