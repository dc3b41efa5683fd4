import { suffixRule } from "./suffix.ts";

/** 小松全球智能制造产业基地项目, 凯登绿色制浆装备与集成供应链全球制造中心项目 (at least four name characters). */
export const projectBySuffix = suffixRule("projectBySuffix", "project", {
  minBody: 4,
  notFollowedBy: "库|部|经理|总经理|总监|负责人|管理|办公室|组",
  joinConjunctions: true,
});
