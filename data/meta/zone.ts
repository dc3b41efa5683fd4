import { escapeRegExp } from "../gazetteer/lookup.ts";
import type { Zone } from "../types.ts";
import { ZONE_ALIASES } from "./lexicon.ts";

const ALL_ALIASES = ZONE_ALIASES.flatMap(([zone, aliases]) => aliases.map((alias) => ({ zone, alias }))).sort(
  (a, b) => b.alias.length - a.alias.length,
);
const ALIAS_PATTERN = new RegExp(ALL_ALIASES.map((a) => escapeRegExp(a.alias)).join("|"), "g");
const ZONE_OF = new Map(ALL_ALIASES.map((a) => [a.alias, a.zone]));

/** How often each zone is named in `text` (longest alias wins, 国家高新区 alone is not counted). */
export function countZones(text: string): Map<Exclude<Zone, null>, number> {
  const counts = new Map<Exclude<Zone, null>, number>();
  for (const match of text.matchAll(ALIAS_PATTERN)) {
    const zone = ZONE_OF.get(match[0])!;
    // "国家高新区" without 济宁 names the national category, not this zone.
    if (match[0] === "高新区" && text.slice(Math.max(0, match.index - 2), match.index) === "国家") continue;
    counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  return counts;
}

/** The zone a report is mainly about: the title's zone if it names one, else the most-named zone; ties give null. */
export function inferZone(text: string, title: string): Zone {
  const fromTitle = pickMost(countZones(title));
  if (fromTitle) return fromTitle;
  return pickMost(countZones(text));
}

function pickMost(counts: Map<Exclude<Zone, null>, number>): Zone {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) return null;
  return ranked[0]![0];
}
