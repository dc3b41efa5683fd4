import { placeNameAt } from "../placeStart.ts";
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
