import { SET_PHRASES } from "../lexicon.ts";
import type { Refiner } from "../types.ts";

/** Drops numbers inside set phrases that look like counts but are names (三次创业, 一次性, 一件事, 五位一体). */
export const setPhraseRefiner: Refiner = {
  name: "set-phrase",
  reason: "fixed expressions such as 三次创业 contain a numeral and a classifier but count nothing",
  refine(context, facts) {
    if (facts.length === 0) return facts;
    const spans: [number, number][] = [];
    for (const m of context.view.matchAll(SET_PHRASES)) spans.push([m.index, m.index + m[0].length]);
    return facts.filter((f) => !spans.some(([s, e]) => f.start < e && s < f.end));
  },
};
