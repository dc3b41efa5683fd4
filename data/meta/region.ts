import { foldTraditional } from "../read/traditional.ts";
import { PUBLICATION_CUES } from "../regions/lexicon.ts";
import { deeper, depth, isWithin, type Region } from "../regions/model.ts";
import { type RegionMention, scanRegions } from "../regions/scan.ts";
import { scanRegionsAt } from "../regions/scanAt.ts";
import { opensCompanyName } from "./companySeat.ts";
import { fromScores, MIN_SCORE } from "./regionRank.ts";
import { addBareZones, OPENING_WEIGHT, scoreBody } from "./regionScores.ts";
import { addSelfNaming, selfLevel, titleLevel } from "./selfNaming.ts";

/** Where a report's region came from: the region (or null) and the words, or the reason for null. */
export interface RegionInference {
  region: Region | null;
  basis: string;
}

/** What the inference reads: the text and its front matter (title, subtitle, byline). */
export interface RegionSources {
  text: string;
  title: string;
  subtitle?: string | null;
  byline?: string | null;
}

/** Characters of a report read for its region (about 60 pages). */
const SCAN_LIMIT = 100_000;

/**
 * The region a report is about. Evidence in order of strength: the title (and subtitle), the
 * publication line or byline (恩施日报讯, 来源：…), then the most-named region weighted by position.
 * A bare 高新区/经开区 counts for the zone of the report's own city, never a default one. Weak or tied
 * evidence gives null with the reason.
 */
export function inferRegion(sources: RegionSources): RegionInference {
  // Traditional characters read as simplified ones (全縣, 來源：, 廣東省), same offsets.
  const title = foldTraditional(sources.title);
  // The subject of a report shows in its first pages; reading further only costs time on huge files.
  // Folded whole (the same string when it has no traditional characters), so the body's scan is the
  // document's one scan that figures and entities share (scanAt.ts).
  const whole = foldTraditional(sources.text);
  const text = whole.length > SCAN_LIMIT ? whole.slice(0, SCAN_LIMIT) : whole;
  const front = [title, foldTraditional(sources.subtitle ?? "")].join("\n");
  const fromTitle = chainOf(scanRegions(front).filter((m) => m.bare === null && !m.weak && !opensCompanyName(front, m.end)));
  const body = scanRegionsAt(whole, 0, text.length);
  const scores = scoreBody(text, body);
  addSelfNaming(text, body, scores);
  if (fromTitle) {
    const zone = titleZone(front, fromTitle, scores);
    if (zone) return { region: zone, basis: `title: ${fromTitle.words} + 高新区/经开区` };
    const own = fromTitle.region.level === "prefecture" || fromTitle.region.level === "county" ? fromTitle.region : null;
    addBareZones(body, scores, own, text.length);
    const inside = dominantInside(text, fromTitle.region, scores);
    if (inside) return { region: inside, basis: `title: ${fromTitle.words}; most named inside it: ${inside.name}` };
    return { region: fromTitle.region, basis: `title: ${fromTitle.words}` };
  }
  const publication = publicationRegion(text, sources.byline ? foldTraditional(sources.byline) : null);
  addBareZones(body, scores, publication?.region ?? null, text.length);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id));
  if (publication && !outnamed(publication.region, ranked)) {
    const own = scores.get(publication.region) ?? 0;
    const inside = ranked.find(([r, s]) => r !== publication.region && isWithin(r, publication.region) && s >= MIN_SCORE);
    if (inside && inside[1] > own)
      return { region: inside[0], basis: `publication line: ${publication.words}; most named inside it: ${inside[0].name}` };
    return { region: publication.region, basis: `publication line: ${publication.words}` };
  }
  // An outnamed publication line names the paper's home, not the subject: its place drops out.
  return fromScores(text, publication ? ranked.filter(([r]) => r !== publication.region) : ranked, titleLevel(title));
}

/**
 * A region inside `outer` that the text names most, clearly (城市复合中心 in the title of a report about
 * a zone): not when the text speaks at outer's level (全省 in a provincial report).
 */
function dominantInside(text: string, outer: Region, scores: Map<Region, number>): Region | null {
  const level = selfLevel(text);
  if (level?.includes(outer.level)) return null;
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id));
  const [top, score] = ranked[0] ?? [];
  if (!top || top === outer || !isWithin(top, outer) || score! < MIN_SCORE * 2) return null;
  return score! > (scores.get(outer) ?? 0) * 1.5 ? top : null;
}

/** Named (not bare) mentions, weak ones only when nothing else is named. */
function named(mentions: readonly RegionMention[]): RegionMention[] {
  const strong = mentions.filter((m) => m.bare === null && !m.weak);
  return strong.length > 0 ? strong : mentions.filter((m) => m.bare === null);
}

/** The deepest region of mentions that all lie on one line of the hierarchy (江苏省苏州市 → 苏州市), else null. */
function chainOf(mentions: readonly RegionMention[]): { region: Region; words: string } | null {
  let region: Region | null = null;
  for (const m of mentions) {
    const options = region ? m.candidates.filter((c) => deeper(c, region!) !== null) : m.candidates;
    if (options.length !== 1 && !(options.length > 1 && region)) {
      if (options.length === 0) return null;
      // Several candidates and nothing to choose by (吉林 alone): the broadest one.
      options.sort((a, b) => depth(a) - depth(b));
    }
    const pick: Region = options[0]!;
    region = region ? deeper(pick, region)! : pick;
  }
  return region ? { region, words: mentions.map((m) => m.text).join("、") } : null;
}

/** A title naming a city and a bare zone word (…市高新区 split by other words) means that city's zone, if the text names it. */
function titleZone(front: string, chain: { region: Region }, scores: Map<Region, number>): Region | null {
  if (chain.region.level === "zone") return null;
  const bare = scanRegions(front).find((m) => m.bare);
  if (!bare) return null;
  const zones = [...scores.keys()].filter((r) => r.level === "zone" && r.parent === chain.region && bare.bare!.includes(r.kind!));
  return zones.length === 1 ? zones[0]! : null;
}

/**
 * Whether the publication line's region (with the places inside it) is named no more than once — in that
 * line — while an unrelated region is named well and at least as much: a paper named after its home
 * (香港商报网讯) reporting on a city elsewhere.
 */
function outnamed(publication: Region, ranked: ReadonlyArray<[Region, number]>): boolean {
  let family = 0;
  for (const [r, s] of ranked) if (r === publication || isWithin(r, publication)) family += s;
  const rival = ranked.find(([r]) => r !== publication && !isWithin(r, publication) && !isWithin(publication, r));
  return rival !== undefined && family <= OPENING_WEIGHT && rival[1] >= MIN_SCORE && rival[1] >= family;
}

/** Region named in the publication line near the top (恩施日报讯, 信息来源：桃源县政府网) or the byline. */
function publicationRegion(text: string, byline: string | null): { region: Region; words: string } | null {
  const lines = [...(byline ? [byline] : []), ...text.split("\n").slice(0, 8)];
  for (const line of lines) {
    const cue = PUBLICATION_CUES.exec(line);
    if (!cue) continue;
    // 讯 closes the paper's name (恩施日报讯); 来源： opens the source (来源：郑州中原发布).
    const span = cue[0].endsWith("讯") ? line.slice(Math.max(0, cue.index - 12), cue.index) : line.slice(cue.index + cue[0].length);
    const chain = chainOf(named(scanRegions(span)));
    if (chain) return chain;
  }
  return null;
}
