import { suffixRule } from "./suffix.ts";

/** 苏州生物医药产业园, 滨河科技园, 黄河新区, 苏州综合保税区. */
export const parkBySuffix = suffixRule("parkBySuffix", "park", { notFollowedBy: "项目|建设", industriesAreNames: true });
