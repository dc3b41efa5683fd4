import { placeNameAt } from "../placeStart.ts";
import type { EntityRule } from "../types.ts";
import { suffixRule } from "./suffix.ts";

/**
 * 小松全球智能制造产业基地项目, 凯登绿色制浆装备与集成供应链全球制造中心项目 (at least four name characters). A division's
 * name alone before 项目 is "that division's projects" (黔东南州项目建设年), not a project's name, and so is any name
 * before 项目 and a count (某某自治县项目3个, 某某经开区项目6个: that place's number of projects).
 */
export const projectBySuffix = suffixRule("projectBySuffix", "project", {
  minBody: 4,
  notFollowedBy: "库|部|经理|总经理|总监|负责人|管理|办公室|组|[0-9０-９]+个",
  joinConjunctions: true,
  accept: (_sentence, _start, name) => placeNameAt(name.slice(0, -2)).length !== name.length - 2,
});

/**
 * A company's project named by its capacity right after the company's full name (某某（山东）有限公司20万吨/年顺酐装置及
 * 配套工程项目, 某某有限公司年产10万吨己二酸项目): the words from the capacity to the first 项目. The suffix rule takes no
 * name part with figures in it.
 */
export const companyProject: EntityRule = {
  name: "companyProject",
  pattern:
    /(?<=(?:有限公司|有限责任公司|集团))((?:年产)?[0-9]+(?:\.[0-9]+)?[万亿]?(?:吨|千瓦|兆瓦|千瓦时|件|台|套|辆|片|GW|MW|GWh)(?:\/年)?(?:(?!等)[\u4e00-\u9fffA-Za-z0-9（）()]){2,24}?项目)(?![库部组])/g,
  extract: (_context, match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    type: "project",
    canonical: null,
    role: null,
    rule: "companyProject",
    priority: 2,
  }),
};
