import { isGenericBody } from "../boundary.ts";
import { GENERIC_MODIFIERS, SUFFIXES, WEAK_PARK_SUFFIXES } from "../lexicon.ts";
import { afterPark, placeNameAt } from "../placeStart.ts";
import type { EntityRule } from "../types.ts";
import { suffixRule } from "./suffix.ts";
import { wholeMatch } from "./wholeMatch.ts";

/** 苏州生物医药产业园, 滨河科技园, 黄河新区, 苏州综合保税区, 平湖智创园. */
export const parkBySuffix = suffixRule("parkBySuffix", "park", { notFollowedBy: "项目|建设", industriesAreNames: true });

/** A park's name right before `start` (开发区 in 蓝田开发区朝阳园区). */
const PARK_BEFORE = /(?:园区|开发区|高新区|经开区|新区|产业园|工业园|科技园)$/;

/** An organisation's own base (…国家实验室西北创新基地) is not a park. */
const OWNER = new RegExp(`(?:${[...SUFFIXES.institution, ...SUFFIXES.company, ...SUFFIXES.government].join("|")})`);
/** A name led by a level word (市职教园区) is "the city's …", not a sub-park's own name. */
const LEVEL_FIRST = /^[全各该本我此这其省市区县]/;
const MODIFIER_FIRST = new RegExp(`^(?:${GENERIC_MODIFIERS.join("|")})`);

/**
 * A weak-ending park name led by a division: the words after the place must name something
 * (甘肃老工业基地 is a category), and after a county's short name (a weak form: 新兴, 龙岗) they must
 * not open with a modifier (新兴产业发展示范基地).
 */
function ledByPlace(name: string, suffix: number): boolean {
  const place = placeNameAt(name);
  if (place.length === 0) return false;
  const rest = name.slice(place.length, name.length - suffix);
  // The place alone names its own park (洋县园区), but a county's short name is too weak for that.
  if (rest === "") return !place.weak;
  if (isGenericBody(rest, true)) return false;
  return !place.weak || !MODIFIER_FIRST.test(rest);
}

/**
 * 朝阳园区, 龙岗低空智能融合测试基地: endings that are ordinary words elsewhere (各类园区, 生产基地),
 * so the name must start with a division's name or follow a park's name (蓝田开发区朝阳园区).
 */
export const parkByWeakSuffix = suffixRule("parkByWeakSuffix", "park", {
  suffixes: WEAK_PARK_SUFFIXES,
  notFollowedBy: "项目|建设",
  industriesAreNames: true,
  stripPrefix: afterPark,
  accept: (sentence, start, name) =>
    !OWNER.test(name.slice(0, -2)) &&
    (ledByPlace(name, 2) || (!LEVEL_FIRST.test(name) && PARK_BEFORE.test(sentence.slice(Math.max(0, start - 3), start)))),
});

/**
 * A metropolitan development area named by its direction (北部都会区, as 香港 names its northern one): the direction is
 * the name, which the suffix rule cuts as a boundary word (东部, 北部 before a name elsewhere).
 */
export const metropolitanArea: EntityRule = {
  name: "metropolitanArea",
  pattern: /[东西南北中]部都会区/g,
  extract: (_context, match) => wholeMatch(match, "park", "metropolitanArea", 2),
};

/**
 * An airport's or a port's economic zone by its short name (对空港经济区产业项目的集中签约表示祝贺): the kind of zone is
 * its name in the news of the one city that has it; a longer name (湛江空港经济区) wins the overlap.
 */
export const airportZone: EntityRule = {
  name: "airportZone",
  pattern: /(?:空港|临空|临港|航空港)经济区/g,
  extract: (_context, match) => wholeMatch(match, "park", "airportZone", 3),
};
