import { suffixRule } from "./suffix.ts";

/** 小松全球智能制造产业基地项目, 腾讯一融发产教融合示范园项目 (at least four name characters). */
export const projectBySuffix = suffixRule("projectBySuffix", "project", { minBody: 4, notFollowedBy: "库|部|经理|管理" });
