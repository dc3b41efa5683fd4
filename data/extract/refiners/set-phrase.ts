import { SET_PHRASES } from "../lexicon.ts";
import type { Refiner } from "../types.ts";

/** Drops numbers inside set phrases that look like counts but are names (三次创业, 一次性, 一件事, 五位一体). */
export const setPhraseRefiner: Refiner = {
  name: "set-phrase",
  reason: "fixed expressions such as 三次创业 contain a numeral and a classifier but count nothing",
  refine(context, facts) {
    if (facts.length === 0) return facts;
    const spans: [number, number][] = [];
    // exec on the shared pattern: matchAll would clone it for every sentence.
    SET_PHRASES.lastIndex = 0;
    for (let m = SET_PHRASES.exec(context.view); m !== null; m = SET_PHRASES.exec(context.view)) {
      if (m[0] === "") SET_PHRASES.lastIndex++;
      spans.push([m.index, m.index + m[0].length]);
    }
    SET_PHRASES.lastIndex = 0;
    return facts.filter((f) => !spans.some(([s, e]) => f.start < e && s < f.end));
  },
};
