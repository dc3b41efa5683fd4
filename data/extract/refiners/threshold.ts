import type { Candidate, Refiner } from "../types.ts";

/** Words a size class qualifies (营收过百亿企业, 亿元以上项目, 10亿元以上投资项目, 超亿元楼宇). */
const CLASSED_HEAD = /^\s*(?:的)?[\u4e00-\u9fff“”"]{0,10}?(?:企业|项目|工程|园区|楼宇|集群|基地|产业|平台|公司|集团|街区|商圈|镇|村|县|区)/;
/** A count right after the amount: 过50亿2家 (two companies above five billion), 投资50亿元以上的53个项目. */
const COUNT_AFTER = /^\s*的?\s*[\d一二两三四五六七八九十]/;
/** A size band's head and its count: 1-5亿元项目299个, 5亿元-10亿元项目61个 (projects counted by size). */
const BAND_AFTER = /^\s*(?:的)?(?:项目|企业|工程)\s*(?:有|共有|共|达)?\s*[\d一二两三四五六七八九十]/;
/** Things counted by the amount they reach: 投资上10亿元的有4个, 投资额达200亿元的项目有3个. */
const COUNTED_AFTER = /^\s*的(?:项目|企业|工程)?(?:有|共有|共)\s*[\d一二两三四五六七八九十]+\s*[个家项]/;
/** A note between an amount and its 以上 (5亿元（人民币，下同）以上签约项目): the bound and the class it heads. */
const NOTE_THEN_BOUND = /^\s*[(（][^()（）]{1,12}[)）]\s*(?:及)?以上/;
/** A size band of firms written as a range (年产值20至30亿元的高新技术企业): the band classifies the firms. */
const BAND_OF_FIRMS = /^\s*的[\u4e00-\u9fff“”"]{0,10}?(?:企业|公司|集团)/;
/**
 * Firms counted just before a bound each of them passes (推动3家企业营业收入过5亿元, 11家企业过亿元): the bound
 * is a threshold of that count, not the firms' total (合计, 共, 累计 make it a total).
 */
const FIRMS_BEFORE = /[\d一二两三四五六七八九十]\s*[家户](?:企业|公司|规上企业|规模以上企业)?(?:(?!合计|共|累计|总)[\u4e00-\u9fff]){0,8}$/u;

/**
 * A class of projects by the investment each makes, with its count (实施千万元投资建设项目11个, 500万元投资项目15个):
 * the amount comes before 投资 as an attribute. (总投资10亿元项目2个 puts the amount after 投资: a total, not matched.)
 */
const INVESTMENT_CLASS_AFTER = /^\s*(?:以上)?(?:的)?(?:投资|投入)(?:建设)?项目\s*[\d一二两三四五六七八九十]+\s*[个项]/;
/** Words that make the amount right after them a sum (总投资, 完成投资, 金额). */
const SUM_BEFORE = /(?:投资|投入|总额|金额|合计|共计|累计|达到?|完成)\s*$/;

/** Between two size classes of one list (超50亿元、百亿元级重大项目). */
const CLASS_LIST = /^\s*(?:、|和|及)\s*$/;
/** Between the two ends of a band written with both units (5亿元-10亿元). */
const BAND_DASH = /^\s*[-—–~～至到]\s*$/;

/**
 * Thresholds and size classes are not amounts: 百亿级项目, 营收过百亿企业3家, 签约亿元以上项目
 * 507个 and 过50亿2家 classify what is counted. They become kind "threshold" (value = the
 * bound), so no sum or chart of amounts picks them up.
 */
export const thresholdRefiner: Refiner = {
  name: "threshold",
  reason: "a bound that classifies things (过百亿企业, 百亿级项目) is never a value of the indicator",
  refine(context, facts) {
    const bands = bandEnds(context.view, facts);
    const out = facts.map((f, i): Candidate => {
      if (f.kind !== "amount") return f;
      if (bands.has(i) || COUNTED_AFTER.test(context.view.slice(f.end, f.end + 16)))
        return Object.assign({}, f, { kind: "threshold" as const });
      const noted = NOTE_THEN_BOUND.exec(context.view.slice(f.end, f.end + 20));
      if (noted && CLASSED_HEAD.test(context.view.slice(f.end + noted[0].length, f.end + noted[0].length + 16))) {
        return Object.assign({}, f, { kind: "threshold" as const, qualifier: "at_least" as const });
      }
      const graded = f.text.endsWith("级");
      const bounded = f.qualifier === "at_least" || f.qualifier === "more_than";
      const after = context.view.slice(f.end, f.end + 16);
      if (f.value_max !== null && !graded) return BAND_OF_FIRMS.test(after) ? Object.assign({}, f, { kind: "threshold" as const }) : f;
      // 亿元以下企业有388家: an upper bound of a class of firms or projects.
      const capped = (f.qualifier === "at_most" || f.qualifier === "less_than") && CLASSED_HEAD.test(after);
      if (capped) return Object.assign({}, f, { kind: "threshold" as const });
      if (INVESTMENT_CLASS_AFTER.test(after) && !SUM_BEFORE.test(context.view.slice(Math.max(0, f.start - 4), f.start)))
        return Object.assign({}, f, { kind: "threshold" as const });
      if (!graded && !bounded) return f;
      if (bounded && FIRMS_BEFORE.test(context.view.slice(Math.max(0, f.start - 16), f.start)))
        return Object.assign({}, f, { kind: "threshold" as const });
      if (graded || CLASSED_HEAD.test(after) || COUNT_AFTER.test(after)) return Object.assign({}, f, { kind: "threshold" as const });
      return f;
    });
    // A bound listed before a size class shares its head (一批超50亿元、百亿元级重大项目): right to left, so lists chain.
    for (let i = out.length - 2; i >= 0; i--) {
      const f = out[i]!;
      const next = out[i + 1]!;
      if (f.kind !== "amount" || next.kind !== "threshold" || (f.qualifier !== "at_least" && f.qualifier !== "more_than")) continue;
      if (CLASS_LIST.test(context.view.slice(f.end, next.start))) out[i] = Object.assign({}, f, { kind: "threshold" as const });
    }
    return out;
  },
};

/** Indices of amounts that bound a size band (both ends of 5亿元-10亿元项目61个, or 1-5亿元项目299个). */
function bandEnds(view: string, facts: readonly Candidate[]): Set<number> {
  const ends = new Set<number>();
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.kind !== "amount") continue;
    if (f.value_max !== null && BAND_AFTER.test(view.slice(f.end, f.end + 16))) ends.add(i);
    const next = facts[i + 1];
    if (
      next?.kind === "amount" &&
      next.unit === f.unit &&
      BAND_DASH.test(view.slice(f.end, next.start)) &&
      BAND_AFTER.test(view.slice(next.end, next.end + 16))
    ) {
      ends.add(i).add(i + 1);
    }
  }
  return ends;
}
