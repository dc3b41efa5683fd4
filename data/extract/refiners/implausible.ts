import { CURRENCIES } from "../lexicon.ts";
import type { Refiner } from "../types.ts";

/**
 * The largest amount a regional report can state: ten times China's GDP (134.9万亿元 in 2024, 国家统计局
 * 《2024年国民经济和社会发展统计公报》). Past it, digits have run together where a copy lost its separators.
 */
export const MAX_PLAUSIBLE_AMOUNT = 1.349e15;

/** Currencies the bound is for: one bound for all, past any region's means in each of them (1.349e15 yen is still about 65万亿元). */
const MONEY = new Set(Object.values(CURRENCIES));

/**
 * Drops amounts no region can have (浙江's 2023 bulletin as copied online: 第一、二、三产业增加值分别为
 * 23323395346268亿元, the three values 2332、33953、46268 run together). The sentence then shows on the
 * data-quality page as one with digits and no fact, where an analyst can read it.
 */
export const implausibleRefiner: Refiner = {
  name: "implausible",
  reason: "an amount over ten times China's GDP is digits run together, not a figure",
  refine(_context, facts) {
    return facts.filter((f) => !(f.kind === "amount" && MONEY.has(f.unit) && Math.abs(f.value) > MAX_PLAUSIBLE_AMOUNT));
  },
};
