import { regionIndex } from "../regions/model.ts";
import { SUFFIXES, WEAK_PARK_SUFFIXES } from "./lexicon.ts";

/**
 * The longest division name (any level: 龙岗, 平湖, 朝阳) that `text` starts with at `at`: its length
 * (0 when none) and whether only weak forms (a county's short name) read it so. From the region
 * reference data in data/regions, so a name led by a place is recognised in any province.
 */
export function placeNameAt(text: string, at = 0): { length: number; weak: boolean } {
  const index = regionIndex();
  let node = index.trie;
  let best = { length: 0, weak: false };
  for (let i = at; i < text.length; i++) {
    const next = node.next.get(text.charCodeAt(i));
    if (!next) break;
    node = next;
    if (!node.form) continue;
    const forms = index.forms.get(text.slice(at, i + 1))?.filter((c) => c.region.level !== "zone") ?? [];
    if (forms.length > 0) best = { length: i + 1 - at, weak: forms.every((c) => c.weak) };
  }
  return best;
}

/** Every park ending, longest first. */
const PARK_END = new RegExp(
  [...SUFFIXES.park, ...WEAK_PARK_SUFFIXES]
    .slice()
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);

/**
 * How many characters from `at` a park named in front of a name's own words takes (蓝田开发区朝阳园区龙港
 * → up to 园区; 蓝田开发区朝阳 → up to 开发区), or 0. Two characters at least must be left (新区大道 keeps 新区).
 */
export function afterPark(body: string, at: number): number {
  let end = 0;
  PARK_END.lastIndex = at;
  for (let m = PARK_END.exec(body); m !== null; m = PARK_END.exec(body)) end = m.index + m[0].length - at;
  PARK_END.lastIndex = 0;
  return body.length - at - end >= 2 ? end : 0;
}
