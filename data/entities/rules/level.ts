import { charTest, skipToChar } from "../../engine/skip.ts";
import { COMMITTEE_SHORT_NAMES } from "../lexicon.ts";
import type { EntityRule } from "../types.ts";
import { wholeMatch } from "./wholeMatch.ts";

const COMMITTEES = COMMITTEE_SHORT_NAMES.join("|");

/**
 * Government bodies named by their level alone: 市委, 市政府, 区委, 县政府, 州人大, 旗政协 (在市委、市政府的
 * 坚强领导下), a zone's 区党工委, 区管委会, 区工委, and committees by their short names (省发改委, 市卫健委).
 * Their offices by the usual short names: 县委办, 县政府办, 区委政研室. A league's or prefecture's administrative office
 * (行政公署): 盟行署, 地区行署, and 行署 alone as an item of a list of bodies (盟委、行署). A town's 镇党委, 镇政府, 乡政府 too. Not after 都/城/超 (都市委…, 城市委…, 超市…) or 乡 (乡镇党委), where the level ends
 * another word.
 */
export const governmentByLevel: EntityRule = {
  name: "governmentByLevel",
  pattern: new RegExp(
    `(?<![都城超门坊夜集股乡])(?:自治区|省|市|县|区|州|盟|旗|镇|乡)(?:${COMMITTEES}|委办(?![公事理局])|委政研室|政府办(?![公事理])|党工委|管委会|工委|党委|委(?![员托屈婉])|人民政府|政府|人大常委会|人大|政协|纪委)|(?:(?<=[、，,和及与])|盟|地区)行署`,
    "y",
  ),
  // Sticky, tried only at a level's first character (a global search checks the look-behind at every position).
  skipTo: skipToChar(charTest("自省市县区州盟旗镇乡地行")),
  extract: (_context, match) => wholeMatch(match, "government", "governmentByLevel", 3),
};
