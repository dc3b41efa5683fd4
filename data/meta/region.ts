import { foldTraditional } from "../read/traditional.ts";
import { PUBLICATION_CUES, type RegionLevel } from "../regions/lexicon.ts";
import { deeper, isWithin, type Region, regionIndex } from "../regions/model.ts";
import { type RegionMention, scanRegions } from "../regions/scan.ts";
import { scanRegionsAt } from "../regions/scanAt.ts";
import { opensCompanyName } from "./companySeat.ts";
import { enumeratedPlaces } from "./placeList.ts";
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
/** Score a region needs before it is the report's region; below it the evidence is weak. */
const MIN_SCORE = 2;
/** A rival that is neither inside nor around the leader and reaches this share of its score makes a tie. */
const TIE_SHARE = 0.75;
/** Mentions in the opening share of the text weigh more (the lede names the subject)… */
const OPENING_SHARE = 0.15;
/** …in texts of at least this many characters (in a paragraph, all of it is the lede). */
const SHORT_TEXT = 300;

/** Weight of a mention in the opening. */
const OPENING_WEIGHT = 2;

const opening = (text: string, at: number) => text.length >= SHORT_TEXT && at < text.length * OPENING_SHARE;

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

/** Own score of each region: mentions weighted by position; a weak form counts only with a related strong one. */
function scoreBody(text: string, mentions: readonly RegionMention[]): Map<Region, number> {
  const scores = new Map<Region, number>();
  const strong = mentions.filter((m) => m.bare === null && !m.weak && m.candidates.length === 1).map((m) => m.candidates[0]!);
  // A weak form counts fully when a strongly named place contains it or lies inside it.
  const strongSet = new Set(strong);
  const around = new Set<Region>();
  for (const r of strongSet) for (let a = r.parent; a; a = a.parent) around.add(a);
  const supported = (r: Region) => strongSet.has(r) || around.has(r) || ancestorsOf(r).some((a) => strongSet.has(a));
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
function addBareZones(mentions: readonly RegionMention[], scores: Map<Region, number>, publication: Region | null, length: number) {
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

/** Most-named region, moved to the level the report speaks at (全州 → the prefecture); null when weak or tied. */
function fromScores(text: string, ranked: ReadonlyArray<[Region, number]>, fromTitle: readonly RegionLevel[] | null): RegionInference {
  if (ranked.length === 0) return { region: null, basis: "no place named" };
  const level = fromTitle ?? selfLevel(text);
  let [top, score] = ranked[0]!;
  if (level && !level.includes(top.level)) {
    // Roll the scores up to the level the report speaks at (瑞丽、陇川 in a report of 全州 → 德宏州).
    const rolled = new Map<Region, number>();
    for (const [r, s] of ranked) {
      for (let a: Region | null = r; a; a = a.parent) {
        if (level.includes(a.level)) rolled.set(a, (rolled.get(a) ?? 0) + s);
      }
    }
    const byScore = [...rolled.entries()].sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id));
    const best = byScore[0];
    // A province is rolled up to only when the text names it: a district report that mentions 全省 twice
    // (its province's rankings) is not the province's report; a prefecture may go unnamed (全州 + its counties).
    const named = (r: Region) => r.level !== "province" || ranked.some(([n]) => n === r);
    // A title in the report's own voice (我县…) needs only a well-named place of its level, however often the body
    // names the city around it.
    const enough = best && (fromTitle ? best[1] >= MIN_SCORE : best[1] >= score * 0.5);
    if (best && enough && named(best[0])) {
      [top, score] = best;
      // Rolled up, the rivals are the other regions of that level (two prefectures each named by its counties).
      const rolledRival = byScore.find(([r, s]) => r !== top && s >= score * TIE_SHARE);
      if (rolledRival && score >= MIN_SCORE)
        return {
          region: null,
          basis: `tied: ${top.name} ${score} vs ${rolledRival[0].name} ${rolledRival[1]} (with the places inside them)`,
        };
    }
  }
  // One place named once is enough only when nothing else is named, or only places around it (考察安徽 in a report
  // of 芜湖: its province), and the text does not speak at another level.
  // Weak forms counted as likely words (惠民 in 惠民生: 0.25) do not break the chain.
  const named = ranked.filter(([, s]) => s >= 1);
  const deepest = [...named].sort((a, b) => depth(b[0]) - depth(a[0]))[0];
  const chain = deepest !== undefined && named.length > 1 && named.every(([r]) => isWithin(deepest[0], r));
  if (chain && score < MIN_SCORE && (!level || level.includes(deepest[0].level)))
    return { region: deepest[0], basis: `named alone with the places around it: ${deepest[0].name} (score ${deepest[1]})` };
  const alone = ranked.length === 1 && score >= 1 && (!level || level.includes(top.level));
  if (score < MIN_SCORE && !alone) return { region: null, basis: `weak: only ${top.name} (score ${score})` };
  // In a report that speaks at a known level, only a place of that level rivals it (北京 opening a firm's name
  // in a county's news, a city's zone at a county's signing).
  const rival = ranked.find(
    ([r, s]) => r !== top && deeper(r, top) === null && s >= score * TIE_SHARE && (!level || level.includes(r.level)),
  );
  if (rival) return { region: null, basis: `tied: ${top.name} ${score} vs ${rival[0].name} ${rival[1]}` };
  // Two cities each named with their zones and districts (深圳市 and 长沙 + 长沙高新区): compare the cities whole.
  const city = (r: Region) => cityOf(r);
  const family = new Map<Region, number>();
  for (const [r, s] of ranked) family.set(city(r), (family.get(city(r)) ?? 0) + s);
  const own = family.get(city(top)) ?? 0;
  // …of which, in a report at a known level, only cities with a place of that level named.
  const atLevel = new Set(ranked.filter(([r]) => !level || level.includes(r.level)).map(([r]) => city(r)));
  const rivalCity = [...family.entries()].find(
    ([c, s]) => c !== city(top) && deeper(c, city(top)) === null && s >= own * TIE_SHARE && atLevel.has(c),
  );
  if (rivalCity)
    return {
      region: null,
      basis: `tied: ${city(top).name} ${own} vs ${rivalCity[0].name} ${rivalCity[1]} (with their districts and zones)`,
    };
  const voice = fromTitle ? "; the title speaks at the report's own level" : "";
  return { region: top, basis: `most named: ${top.name} (score ${score})${voice}` };
}

/** The prefecture a region lies in (itself for a prefecture), else its province. */
function cityOf(region: Region): Region {
  for (let r: Region | null = region; r; r = r.parent) if (r.level === "prefecture") return r;
  return provinceOf(region);
}

function ancestorsOf(region: Region): Region[] {
  const out: Region[] = [];
  for (let a = region.parent; a; a = a.parent) out.push(a);
  return out;
}

function provinceOf(region: Region): Region {
  let r = region;
  while (r.parent) r = r.parent;
  return r;
}

function depth(region: Region): number {
  let n = 0;
  for (let r = region.parent; r; r = r.parent) n++;
  return n;
}
