import { regionFormAt } from "../../regions/prefix.ts";
import { BARE_ZONE_PREFIXES } from "../lexicon.ts";
import { afterPark } from "../placeStart.ts";
import { regionStartsAt } from "./region.ts";
import { suffixRule } from "./suffix.ts";

const ZONES: ReadonlySet<"zone"> = new Set(["zone"]);

/** 浣河街道, 如意湖, 海川路, 蓼河公园, 玉龙机场, 龙头街道 in a list (路 not in 路子/路网/路走, 湖/河 not in 湖长制/河流). */
export const placeBySuffix = suffixRule("placeBySuffix", "place", {
  notFollowedBy: "子|网|径|线|长|流|道|段|面|畔|走|口|澳|股|资|元|币|街(?!道)",
  // A zone or park at the front is its own mention: 某高新区幸福河 → 幸福河, 朝阳园区龙港路 → 龙港路.
  stripPrefix: (body, at) =>
    regionFormAt(body, at, ZONES) || (BARE_ZONE_PREFIXES.find((p) => body.startsWith(p, at))?.length ?? 0) || afterPark(body, at),
  // A township's name is often an ordinary word (龙头街道, 新兴镇); other places need a name of their own.
  listedModifiersAreNames: ["街道", "镇", "乡"],
  accept: (sentence, start, name) =>
    // A conjunction or a scope word is no name before 盟/旗 (政府及盟委, 全盟, 各旗), and a lake's or river's ending is
    // none when a division's name starts there (覆盖湖北、河南: 湖北, not a lake).
    !/[及与和的全各本该我每][盟旗]$/.test(name) &&
    !(/[湖河]$/.test(name) && regionStartsAt(sentence, start + name.length - 1, start + name.length)),
});
