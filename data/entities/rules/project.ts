import { LEGAL_ENDINGS } from "../lexicon.ts";
import { placeNameAt } from "../placeStart.ts";
import type { EntityRule } from "../types.ts";
import { suffixRule } from "./suffix.ts";
import { wholeMatch } from "./wholeMatch.ts";

/**
 * 小松全球智能制造产业基地项目, 凯登绿色制浆装备与集成供应链全球制造中心项目 (at least four name characters). A division's
 * name alone before 项目 is "that division's projects" (黔东南州项目建设年), not a project's name, and so is any name
 * before 项目 and a count (某某自治县项目3个, 某某经开区项目6个: that place's number of projects).
 */
export const projectBySuffix = suffixRule("projectBySuffix", "project", {
  minBody: 4,
  stripPrefix: placesBefore,
  notFollowedBy: "库|部|经理|总经理|总监|负责人|管理|办公室|组|[0-9０-９]+个",
  joinConjunctions: true,
  // A company's full name right before 项目 (某某科技有限公司项目) is the company's project, named by the company alone.
  accept: (_sentence, _start, name) => placeNameAt(name.slice(0, -2)).length !== name.length - 2 && !LEGAL_ENDINGS.test(name.slice(0, -2)),
});

/** A division's level ending (平罗县, 石嘴山市). */
const LEVEL_END = /[市县区旗盟州]$/;

/**
 * The places where a project is, written before its name (位于石嘴山平罗县宁夏冠能…项目 → 宁夏冠能…项目): each place
 * followed by another one is cut, when one of the two ends in its level; a name's own single place stays (辽宁百岁…项目).
 */
function placesBefore(body: string, at: number): number {
  let from = at;
  for (;;) {
    const first = placeNameAt(body, from).length;
    const second = first > 0 ? placeNameAt(body, from + first).length : 0;
    if (second === 0 || body.length - from - first < 6) return from - at;
    const a = body.slice(from, from + first);
    const b = body.slice(from + first, from + first + second);
    if (!LEVEL_END.test(a) && !LEVEL_END.test(b)) return from - at;
    from += first;
  }
}

/**
 * A company's project named by its capacity right after the company's full name (某某（山东）有限公司20万吨/年顺酐装置及
 * 配套工程项目, 某某有限公司年产10万吨己二酸项目): the words from the capacity to the first 项目. The suffix rule takes no
 * name part with figures in it.
 */
export const companyProject: EntityRule = {
  name: "companyProject",
  pattern:
    /(?<=(?:有限公司|有限责任公司|集团))((?:年产)?[0-9]+(?:\.[0-9]+)?[万亿]?(?:吨|千瓦|兆瓦|千瓦时|件|台|套|辆|片|GW|MW|GWh)(?:\/年)?(?:(?!等)[\u4e00-\u9fffA-Za-z0-9（）()]){2,24}?项目)(?![库部组])/g,
  extract: (_context, match) => wholeMatch(match, "project", "companyProject", 2),
};
