import { type RegionLevel, SELF_LEVEL_WORDS, SELF_NAMING, SUPERIOR_CHAIN } from "../regions/lexicon.ts";
import type { Region } from "../regions/model.ts";
import type { RegionMention } from "../regions/scan.ts";

/** What a place named in a report's set phrase about itself adds to its score: as much as a title line's worth of mentions. */
const SELF_NAMING_WEIGHT = 2;

/**
 * Adds SELF_NAMING_WEIGHT to the place a report names in a set phrase about itself (贡献正定力量): pages cut from a
 * report (its second web page, no title) name their province and city around them more often than themselves. A
 * county's short form (正定) counts here though it is weak elsewhere: the phrase says it is a place.
 */
export function addSelfNaming(text: string, mentions: readonly RegionMention[], scores: Map<Region, number>): void {
  for (const m of text.matchAll(SELF_NAMING)) {
    const words = m[1] ?? m[2];
    if (words === undefined) continue;
    const start = m.index + m[0].indexOf(words);
    const end = start + words.length;
    const named = mentions.find((x) => x.bare === null && x.candidates.length === 1 && x.start >= start && x.end <= end);
    const place = named?.candidates[0];
    if (place) scores.set(place, (scores.get(place) ?? 0) + SELF_NAMING_WEIGHT);
  }
}

/** Levels the report speaks at (全省 → province), when one group of words clearly dominates. */
export function selfLevel(text: string): readonly RegionLevel[] | null {
  const own = text.replace(SUPERIOR_CHAIN, "");
  const counts = SELF_LEVEL_WORDS.map((w) => ({ levels: w.levels, n: own.match(w.pattern)?.length ?? 0 })).sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!first || first.n < 2 || (second && second.n * 2 > first.n)) return null;
  return first.levels.length === 1 ? first.levels : null;
}

/**
 * Levels a title speaks at (我县与…签约, 全市…大会): the report's own voice in its headline outweighs how often the
 * body names a superior's bodies (市委副书记 at a county's signing). Null when the title has no such words.
 */
export function titleLevel(title: string): readonly RegionLevel[] | null {
  const own = title.replace(SUPERIOR_CHAIN, "");
  const hits = SELF_LEVEL_WORDS.filter((w) => own.match(w.pattern) !== null);
  return hits.length === 1 ? hits[0]!.levels : null;
}
