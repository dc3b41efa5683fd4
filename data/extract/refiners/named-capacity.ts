import type { Refiner } from "../types.ts";

/** Capacity words right before a number that open a project's or plant's name (年产40条…, 年处理10万吨…). */
// Not after 可/能/满足 (可满足年产5万台…产业园 states what a park is built for).
const CAPACITY_BEFORE = /(?<![可能足])(?:年产|年产能|日产|年处理|年加工|年屠宰|年吞吐)$/;
/** The name's head later in the same clause (…异质结电池整线设备项目, …预制菜生产线). */
const NAME_HEAD_AFTER = /^[^，,。；;、：:（）()“”"]{0,24}?(?:项目|生产线|生产基地|工程)/;
/** The end of a list of projects named one by one (…、中粮制罐新增第二条两片罐生产线等23个项目): its items are names. */
const PROJECT_LIST_AFTER = /^[^，,。；;：:]{0,60}?等(?:\d+|[一二三四五六七八九十百两]+)?[个批项]?[\u4e00-\u9fff]{0,6}?项目/;
/** A list item's words before its capacity that are a company's name (长城华兴玻璃60万吨…), not a verb (新建2万亩…). */
const NAMED_ITEM_BEFORE = /(?:^|[、，,：:])([\u4e00-\u9fff]{2,})$/;
const VERB_END = /(?:新建|新增|建设|建成|实施|完成|改造|提升|打造|推进|开工|竣工|投产|累计|达到|达|为)$/;
/** A plant named by its capacity, right after the unit (中金集团2.3万吨选厂改扩建). */
const PLANT_AFTER = /^\s*(?:选厂|选矿厂|冶炼厂|水泥厂|生产线)/;

/**
 * Drops counts and measures that are a capacity inside a project's or plant's name: 迈为年产40条异质结电池整线设备项目 and
 * 年产5000吨预制菜生产项目 name a project, 2.3万吨选厂 a plant, 长城华兴玻璃60万吨绿色智能轻量化玻璃瓶 an item of a
 * list of projects (…等23个项目); none is a quantity of the place. A capacity stated as a
 * result (项目建成后年产10万吨，…) has no name head in its clause and stays.
 */
export const namedCapacityRefiner: Refiner = {
  name: "named-capacity",
  reason: "a capacity inside a project's or plant's name (年产40条…项目, 2.3万吨选厂) names it, it is not a quantity",
  refine(context, facts) {
    return facts.filter((f) => {
      if (f.kind !== "count" && f.kind !== "measure") return true;
      const after = context.view.slice(f.end, f.end + 30);
      // Only a measure names a plant or a listed project: 新建3条生产线 counts lines.
      if (f.kind === "measure" && PLANT_AFTER.test(after)) return false;
      // An item naming its company before the capacity (not 、2万亩高标准农田、…等重点项目, a project's size).
      if (f.kind === "measure" && PROJECT_LIST_AFTER.test(context.view.slice(f.end, f.end + 80))) {
        const item = NAMED_ITEM_BEFORE.exec(context.view.slice(Math.max(0, f.start - 20), f.start))?.[1];
        if (item && !VERB_END.test(item)) return false;
      }
      const before = context.view.slice(Math.max(0, f.numStart - 6), f.numStart);
      return !(CAPACITY_BEFORE.test(before) && NAME_HEAD_AFTER.test(after));
    });
  },
};
