import { suffixRule } from "./suffix.ts";

/** 济宁生物医药产业园, 滨河科技园, 黄河新区, 济宁综合保税区. */
export const parkBySuffix = suffixRule("parkBySuffix", "park", { notFollowedBy: "项目|建设", industriesAreNames: true });
