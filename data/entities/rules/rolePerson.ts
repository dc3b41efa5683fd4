import { charTest, skipToAfter } from "../../engine/skip.ts";
import { AFTER_NAME, ROLE_TITLES } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import type { EntityRule } from "../types.ts";

/** A title may be printed with spaces between its characters (区　长　　庄红 in a report's signature line). */
const SPACED = "[\\s\\u3000]*";
const TITLE = `[\\u4e00-\\u9fff]{0,12}?(?:${ROLE_TITLES.map((t) => [...t].join(SPACED)).join("|")})${SPACED}`;
const FOLLOW = `(?=${AFTER_NAME.join("|")}|[，,。、；;\\s]|$)`;

/** A name after its titles: "市委副书记、苏州高新区党工委书记陈成华带队" → 陈成华, role = the titles. */
export const rolePerson: EntityRule = {
  name: "rolePerson",
  // Sticky, tried only where the look-behind can hold: the text's start or after punctuation or whitespace.
  pattern: new RegExp(`(?<=^|[，,。；;：:\\s（(])((?:${TITLE}、?)+?)([\\u4e00-\\u9fff]{2,3}?)${FOLLOW}`, "y"),
  skipTo: skipToAfter(charTest("，,。；;：:（(", true), true),
  extract: (_context, match) => {
    const name = match[2]!;
    if (!looksLikePersonName(name)) return null;
    const start = match.index + match[1]!.length;
    const role = match[1]!.replace(/[\s\u3000]+/g, "").replace(/、$/, "");
    return personCandidate(start, name, role, "rolePerson");
  },
};
