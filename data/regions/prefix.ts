// The region name a text starts with (at a position): 苏州玉柴 → 苏州, 某高新区幸福河 → 某高新区.
// Used where names are compared or cut without their place, so no hand list of places is needed.
import type { RegionLevel } from "./lexicon.ts";
import { regionIndex } from "./model.ts";

/** Length of the longest strong form of a region of `levels` starting at `at` in `text`, or 0. */
export function regionFormAt(text: string, at: number, levels: ReadonlySet<RegionLevel>): number {
  const index = regionIndex();
  let node = index.trie;
  let best = 0;
  for (let i = at; i < text.length; i++) {
    const next = node.next.get(text.charCodeAt(i));
    if (!next) break;
    node = next;
    if (!node.form) continue;
    const candidates = index.forms.get(text.slice(at, i + 1)) ?? [];
    if (candidates.some((c) => !c.weak && levels.has(c.region.level))) best = i + 1 - at;
  }
  return best;
}
