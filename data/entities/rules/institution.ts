import { suffixRule } from "./suffix.ts";

/** 清华大学, 山东省激光研究所, 苏州产业研究院, 上海证券交易所. */
export const institutionBySuffix = suffixRule("institutionBySuffix", "institution");
