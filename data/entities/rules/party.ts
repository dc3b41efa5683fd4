import { DEMOCRATIC_PARTIES } from "../../gazetteer/parties.ts";
import type { EntityRule } from "../types.ts";
import { wholeMatch } from "./wholeMatch.ts";

/** 民建, 民进 … also end words (农民建房, 人民进行): not after a character that makes such a word. */
const PARTY = DEMOCRATIC_PARTIES.map((p) => (p.startsWith("民") ? `(?<![人农居村市公选移灾牧渔])${p}` : p)).join("|");
/** A party's committee of a place: 农工党甘肃省委会, 民革个旧市委, 民进贵阳市委会, 民进阳江市基层委员会. */
const COMMITTEE = "(?:省委会|市委会|县委会|区委会|州委会|基层委员会|委员会|省委|市委|县委|区委|州委)";

/**
 * A democratic party's committee (农工党呼和浩特市委会), one body of its own: without this rule the words 呼和浩特市委
 * inside it read as the Communist Party's city committee. A party named alone (农工党界别) is not taken.
 */
export const partyCommittees: EntityRule = {
  name: "partyCommittees",
  pattern: new RegExp(`(?:${PARTY})[\\u4e00-\\u9fff]{0,8}?${COMMITTEE}(?!书记|常委|委员(?!会))`, "g"),
  extract: (_context, match) => wholeMatch(match, "institution", "partyCommittees", 0),
};
