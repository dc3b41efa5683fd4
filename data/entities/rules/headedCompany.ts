import { isGenericBody, isGenericName, nameStart } from "../boundary.ts";
import { looksLikePersonName } from "../person.ts";
import { placeNameAt } from "../placeStart.ts";
import type { EntityRule } from "../types.ts";
import { wholeMatch } from "./wholeMatch.ts";

/** Titles only a company's head holds, then the head's name (董事长某某, 总经理某某). */
const HEAD_TITLE = "(?:董事长|总经理|总裁)(?=[\\u4e00-\\u9fff]{2,3})";
/** Words that open a clause or point back, not a company's name (该企业, 会上, 其). */
const NOT_NAME =
  /^(?:该|本|其|这|各|原|新任|时任|会上|现场|仪式上|公司|企业|集团)|[的了是在和与为及或等将把被从向对于上副]|[委办局会院所部处厅组队站室府]$/;

/**
 * A company's short name, without a legal ending, at the start of a clause right before its head's title and name
 * (苏大天宫董事长袁方说, 某某科技总经理某某介绍): three to eight characters that are no clause, no place, no body and no
 * person's name.
 */
export const headedCompany: EntityRule = {
  name: "headedCompany",
  pattern: new RegExp(`(?<=^|[，,。；;：:\\s（(“"])([\\u4e00-\\u9fffA-Za-z]{3,8}?)(?=${HEAD_TITLE})`, "g"),
  skipTo: (text, from) => (/董事长|总经理|总裁/.test(text) ? from : text.length + 1),
  extract: (_context, match) => {
    const name = match[1]!;
    if (NOT_NAME.test(name) || nameStart(name) > 0 || isGenericBody(name) || isGenericName(name)) return null;
    if (looksLikePersonName(name) || placeNameAt(name).length === name.length) return null;
    return {
      start: match.index,
      end: match.index + name.length,
      text: name,
      type: "company",
      canonical: null,
      role: null,
      rule: "headedCompany",
      priority: 3,
    };
  },
};

/**
 * 香港特区, 澳门特别行政区 (also in traditional characters, folded before matching) as a place, not when a body's name
 * goes on (香港特区政府, 香港特区立法会: the body's own rule).
 */
export const specialRegion: EntityRule = {
  name: "specialRegion",
  pattern: /(?:香港|澳门)(?:特别行政区|特区)(?!政府|立法会|行政长官|终审法院)/g,
  skipTo: (text, from) => (text.includes("特") ? from : text.length + 1),
  extract: (_context, match) => wholeMatch(match, "place", "specialRegion", 2),
};
