import { AFTER_NAME, AFTER_NAME_ADVERBS, ROLE_TITLES } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import type { EntityRule } from "../types.ts";

const TITLE = `(?:${ROLE_TITLES.join("|")})`;
const NAME = "[\\u4e00-\\u9fff]{2,3}";
const FOLLOW = `(?=、|${[...AFTER_NAME, ...AFTER_NAME_ADVERBS].join("|")}|[，,。；;\\s]|$)`;

/**
 * The second and later names of a list after one title: 区领导某某、某某某、某某等参加 (or …某某及某某参加) → each name
 * (rolePerson takes the first). Every earlier item must look like a person's name too, so a list of
 * places or bodies after a title (书记处、办公室) gives nothing.
 */
export const listedPersons: EntityRule = {
  name: "listedPersons",
  // The last name may follow 及/和 instead of 、 (市领导某某、某某及某某参加).
  pattern: new RegExp(`(?<=${TITLE}((?:${NAME}、)+|(?:${NAME}、)*${NAME}[及和]))(${NAME}?)${FOLLOW}`, "g"),
  extract: (_context, match) => {
    const name = match[2]!;
    if (!looksLikePersonName(name, true)) return null;
    const before = match[1]!.slice(0, -1).split("、");
    if (!before.every((n) => looksLikePersonName(n, true))) return null;
    return personCandidate(match.index, name, null, "listedPersons");
  },
};
