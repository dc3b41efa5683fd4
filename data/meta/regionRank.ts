// The most-named region of a report, moved to the level the report speaks at; null with the reason when the
// evidence is weak or tied.
import type { RegionLevel } from "../regions/lexicon.ts";
import { deeper, depth, isWithin, provinceOf, type Region } from "../regions/model.ts";
import type { RegionInference } from "./region.ts";
import { selfLevel } from "./selfNaming.ts";

/** Score a region needs before it is the report's region; below it the evidence is weak. */
export const MIN_SCORE = 2;
/** A rival that is neither inside nor around the leader and reaches this share of its score makes a tie. */
export const TIE_SHARE = 0.75;

/** Most-named region, moved to the level the report speaks at (全州 → the prefecture); null when weak or tied. */
export function fromScores(
  text: string,
  ranked: ReadonlyArray<[Region, number]>,
  fromTitle: readonly RegionLevel[] | null,
): RegionInference {
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
