import { regionFormAt } from "../../regions/prefix.ts";
import { BARE_ZONE_PREFIXES, SUFFIXES } from "../lexicon.ts";
import { afterPark } from "../placeStart.ts";
import { regionEndsInside } from "./region.ts";
import { suffixRule } from "./suffix.ts";

const ZONES: ReadonlySet<"zone"> = new Set(["zone"]);

/** 浣河街道, 如意湖, 海川路, 蓼河公园, 玉龙机场, 龙头街道 in a list (路 not in 路子/路网/路走, 湖/河 not in 湖长制/河流). */
export const placeBySuffix = suffixRule("placeBySuffix", "place", {
  notFollowedBy: "子|网|径|线|长|流|道|段|面|畔|走|口|澳|股|资|元|币|街(?!道)",
  // A zone or park at the front is its own mention: 某高新区幸福河 → 幸福河, 朝阳园区龙港路 → 龙港路.
  stripPrefix: (body, at) =>
    regionFormAt(body, at, ZONES) || (BARE_ZONE_PREFIXES.find((p) => body.startsWith(p, at))?.length ?? 0) || afterPark(body, at),
  // A township's name is often an ordinary word (龙头街道, 新兴镇); other places need a name of their own.
  listedModifiersAreNames: ["街道", "镇", "乡"],
  accept: (sentence, start, name) =>
    // A conjunction or a scope word is no name before 盟/旗 (政府及盟委, 全盟, 各旗), and a lake's or river's ending is
    // none when a province's name starts there (覆盖湖北、河南; 中新网湖北新闻: 湖北, not a lake).
    !/[及与和的全各本该我每][盟旗]$/.test(name) &&
    !(/[湖河]$/.test(name) && (PROVINCE_AT.test(sentence.slice(start + name.length - 1, start + name.length + 2)) || !shortWater(name))) &&
    // A division's own name at the end (…约占香港: 香港, not a port named by the clause before it) is the region rule's.
    !regionEndsInside(sentence, start, start + name.length - suffixLength(name), start + name.length, /[湖河]$/.test(name)),
});

const PLACE_SUFFIX_END = new RegExp(`(?:${SUFFIXES.place.join("|")})$`);
/** Length of the place ending `name` ends in. */
function suffixLength(name: string): number {
  return PLACE_SUFFIX_END.exec(name)?.[0].length ?? 0;
}

/** 湖北, 湖南, 河北, 河南 starting at a lake's or river's ending, not a lake's shore (南四湖北岸). */
const PROVINCE_AT = /^[湖河][北南](?![岸侧边面端麓部坡])/;
/** Words before a river or lake that describe where it is (城区洮河, 市区…), not its name. */
const WATER_LEAD = /^(?:城区|市区|县城|城乡|全[市区县省]|各|该|我|让|使)/;

/** Characters of a clause, not of a lake's or river's name (真正让洮河之水, 排查整治入河排污口). */
const CLAUSE_CHARS = /[让使把将被对向是的了入]/;

/**
 * A lake's or river's name is short (如意湖, 幸福河, 莫尔格勒河: at most five characters before the ending), opens with no
 * word saying where it is and holds no word of a clause, so a clause before a bare river (真正让洮河之水) is no name.
 */
function shortWater(name: string): boolean {
  const body = name.slice(0, -1);
  return body.length <= 5 && !WATER_LEAD.test(body) && !CLAUSE_CHARS.test(body);
}
