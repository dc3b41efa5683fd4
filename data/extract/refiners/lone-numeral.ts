import type { Refiner } from "../types.ts";

/**
 * Drops counts and measures whose numeral is a lone 一 (一批, 一个脚印, 唯一一个: an article
 * or idiom, not a tally), a lone 二 (二支渠 is a name; counting uses 两), or a bare magnitude
 * (千人托位数 is per thousand people, not 1000 people).
 */
export const loneNumeralRefiner: Refiner = {
  name: "lone-numeral",
  reason: "Chinese 一/二 and bare 百/千/万 before a classifier are articles, names or 'per' phrases far more often than counts",
  refine(context, facts) {
    return facts.filter((f) => {
      if (f.kind !== "count" && f.kind !== "measure") return true;
      // 近千家, 上万人, 数百家: a qualified bare magnitude is an approximate count.
      if (f.qualifier !== null) return true;
      const numeral = context.view.slice(f.numStart, f.numEnd);
      return !/^(?:一|二|百|千|万|亿)$/.test(numeral);
    });
  },
};
