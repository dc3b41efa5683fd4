import { skipToAnchor } from "../../engine/skip.ts";
import { AFTER_WINNER, EMPLOYER_ENDINGS } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import type { EntityRule } from "../types.ts";

const LATIN_WITH_CJK = "[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*[(（][\\u4e00-\\u9fff]{2,3}[)）]";

/** A person named right after their employer: "山推工程机械股份有限公司霍厚志入选", "…YUESHENG HE(何悦盛)、". */
export const employeeWinner: EntityRule = {
  name: "employeeWinner",
  pattern: new RegExp(`(?<=${EMPLOYER_ENDINGS.join("|")})(${LATIN_WITH_CJK}|[\\u4e00-\\u9fff]{2,3}?)(?=${AFTER_WINNER.join("|")}|、)`, "g"),
  // The look-behind needs an employer's ending right before the name: tried only after one.
  skipTo: skipToAnchor(
    new RegExp(EMPLOYER_ENDINGS.join("|"), "g"),
    -Math.min(...EMPLOYER_ENDINGS.map((w) => w.length)),
    undefined,
    Math.max(...EMPLOYER_ENDINGS.map((w) => w.length)),
  ),
  extract: (_context, match) => {
    const name = match[1]!;
    const cjk = /[(（]([\u4e00-\u9fff]{2,3})[)）]$/.exec(name)?.[1] ?? name;
    if (!looksLikePersonName(cjk)) return null;
    return personCandidate(match.index, name, null, "employeeWinner");
  },
};
