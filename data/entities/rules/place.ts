import { ZONE_PREFIXES } from "../lexicon.ts";
import { suffixRule } from "./suffix.ts";

/** 浣河街道, 如意湖, 海川路, 蓼河公园 (路 not in 路子/路网/路走, 湖/河 not in 湖长制/河流). */
export const placeBySuffix = suffixRule("placeBySuffix", "place", {
  notFollowedBy: "子|网|径|线|长|流|道|段|面|畔|走",
  stripPrefixes: ZONE_PREFIXES,
});
