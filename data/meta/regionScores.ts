// Scores of the places a report's body names: mentions weighted by position, with what weighs less (a firm's seat,
// a list of examples, a weak form unrelated to every named place) and bare zone words resolved to the city's zone.
import { ancestors, isWithin, provinceOf, type Region, regionIndex } from "../regions/model.ts";
import type { RegionMention } from "../regions/scan.ts";
import { opensCompanyName } from "./companySeat.ts";
import { enumeratedPlaces } from "./placeList.ts";

/** Mentions in the opening share of the text weigh more (the lede names the subject)… */
const OPENING_SHARE = 0.15;
/** …in texts of at least this many characters (in a paragraph, all of it is the lede). */
const SHORT_TEXT = 300;

/** Weight of a mention in the opening. */
export const OPENING_WEIGHT = 2;

const opening = (text: string, at: number) => text.length >= SHORT_TEXT && at < text.length * OPENING_SHARE;

/** Own score of each region: mentions weighted by position; a weak form counts only with a related strong one. */
export function scoreBody(text: string, mentions: readonly RegionMention[]): Map<Region, number> {
  const scores = new Map<Region, number>();
  const strong = mentions.filter((m) => m.bare === null && !m.weak && m.candidates.length === 1).map((m) => m.candidates[0]!);
  // A weak form counts fully when a strongly named place contains it or lies inside it.
  const strongSet = new Set(strong);
  const around = new Set<Region>();
  for (const r of strongSet) for (let a = r.parent; a; a = a.parent) around.add(a);
  const supported = (r: Region) => strongSet.has(r) || around.has(r) || ancestors(r).some((a) => strongSet.has(a));
  const provinces = new Map<Region, number>();
  for (const r of strong) provinces.set(provinceOf(r), (provinces.get(provinceOf(r)) ?? 0) + 1);
  const listed = enumeratedPlaces(text, mentions);
  for (const [i, m] of mentions.entries()) {
    if (m.bare !== null) continue;
    // 绵阳市涪城区 names the district: the city written right before it is its address, not a second subject
    // (not before a weak form: 深圳市光明新区 names no district 光明).
    const next = mentions[i + 1];
    if (
      next &&
      next.start === m.end &&
      next.bare === null &&
      !next.weak &&
      next.candidates.some((c) => m.candidates.some((o) => c !== o && isWithin(c, o)))
    )
      continue;
    // A company's registered seat (深圳市华晖集团有限公司) and a place in a list of examples (赴深圳、广州、北京等地)
    // count a quarter.
    const aside = listed.has(i) || opensCompanyName(text, m.end);
    const weight = (opening(text, m.start) ? OPENING_WEIGHT : 1) * (aside ? 0.25 : 1);
    // Ambiguous forms (吉林, 朝阳) go to the candidate in the province the rest of the text names most.
    const ranked = [...m.candidates].sort((a, b) => (provinces.get(provinceOf(b)) ?? 0) - (provinces.get(provinceOf(a)) ?? 0));
    const pick = ranked[0]!;
    if (m.candidates.length > 1 && (provinces.get(provinceOf(pick)) ?? 0) === 0) continue;
    if (m.weak && strong.length > 0 && !supported(pick)) {
      // A weak form unrelated to every named place is likely a word (和平, 城关); alone in a text it is the place.
      scores.set(pick, (scores.get(pick) ?? 0) + weight * 0.25);
      continue;
    }
    scores.set(pick, (scores.get(pick) ?? 0) + weight * (m.weak ? (strong.length > 0 ? 0.5 : 0.75) : 1));
  }
  return scores;
}

/** Bare 高新区/经开区 count for the zone of that kind of the report's own city (the best-scored city or county). */
export function addBareZones(mentions: readonly RegionMention[], scores: Map<Region, number>, publication: Region | null, length: number) {
  const bare = mentions.filter((m) => m.bare);
  if (bare.length === 0) return;
  const places = [...scores.entries()].filter(([r]) => r.level === "prefecture" || r.level === "county" || r.level === "zone");
  places.sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id));
  const best = places[0]?.[0] ?? null;
  const city =
    publication && publication.level !== "province" && publication.level !== "zone"
      ? publication
      : best?.level === "zone"
        ? best.parent
        : best;
  if (!city) return;
  for (const m of bare) {
    const zones = [...scores.keys()].filter((r) => r.level === "zone" && r.parent === city && m.bare!.includes(r.kind!));
    let zone = zones.length === 1 ? zones[0]! : null;
    if (!zone && zones.length === 0 && m.text !== "开发区") {
      // Not named in the text: the city's one listed zone of that kind, if the reference data has exactly one.
      const listed = regionIndex().regions.filter((r) => r.level === "zone" && r.parent === city && m.bare!.includes(r.kind!));
      if (listed.length === 1) zone = listed[0]!;
    }
    if (!zone) continue;
    const weight = length >= SHORT_TEXT && m.start < length * OPENING_SHARE ? 2 : 1;
    scores.set(zone, (scores.get(zone) ?? 0) + weight);
  }
}
