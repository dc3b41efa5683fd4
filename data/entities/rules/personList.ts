import { AFTER_NAME, AFTER_NAME_ADVERBS, ROLE_TITLES } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import { placeNameAt } from "../placeStart.ts";
import type { EntityRule } from "../types.ts";
import { rareListedName } from "./titledLists.ts";

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
    // An earlier item may have a rarer surname and two characters (市领导宿某、赵某某): the list's other names vouch for it.
    if (!before.every((n) => looksLikePersonName(n, true) || rareListedName(n))) return null;
    return personCandidate(match.index, name, null, "listedPersons");
  },
};

/** Verbs that end a list of people (…在分会场参加, …出席, …参加). */
const ATTEND = "在(?:主|分)?会场|出席|参加|陪同";
const TITLE_BEFORE = new RegExp(TITLE);
const ATTEND_RE = new RegExp(ATTEND);

/**
 * A second list of names after a comma in a sentence that names people by title (自治区领导某某、某某在主会场参加，某某、某某、
 * 某某在分会场参加): each name, when every item of the list looks like a name and the list ends in attending.
 */
export const continuedPersons: EntityRule = {
  name: "continuedPersons",
  pattern: new RegExp(`(?<=[，,](?:${NAME}、)*)(${NAME}?)(?=(?:、${NAME})*(?:${ATTEND}))`, "g"),
  skipTo: (text, from) => (/[，,]/.test(text) && ATTEND_RE.test(text) ? from : text.length + 1),
  extract: (context, match) => {
    const text = context.sentence.text;
    const open = Math.max(text.lastIndexOf("，", match.index), text.lastIndexOf(",", match.index));
    if (!TITLE_BEFORE.test(text.slice(0, open))) return null;
    const end = text.slice(open + 1).search(ATTEND_RE);
    const items = text.slice(open + 1, open + 1 + end).split("、");
    if (items.length < 2 || !items.every((n) => looksLikePersonName(n, true))) return null;
    return personCandidate(match.index, match[1]!, null, "continuedPersons");
  },
};

/** What closes a list of bare names: 等, a few words of who they are, and 领导 or 负责人 (等区四套班子领导出席). */
const LEADERS = "等[\\u4e00-\\u9fff]{0,8}?(?:领导|负责人)";
const LEADERS_RE = new RegExp(`^(?:${NAME}、)+${NAME}${LEADERS}`);

/**
 * Names listed bare before 等…领导 (某某、某某某、某某等区四套班子领导出席): each name, when the list opens a clause (or
 * follows 及: …及某某、某某等市领导出席), has
 * two names or more and every item looks like a person's name and is no division's name (某县、某区等地领导 names places).
 */
export const leaderListedPersons: EntityRule = {
  name: "leaderListedPersons",
  pattern: new RegExp(`(?<=(?:^|[，,。；;：:\\s及])(?:${NAME}、)*)(${NAME}?)(?=(?:、${NAME})*${LEADERS})`, "g"),
  skipTo: (text, from) => (text.includes("、") && /等[\u4e00-\u9fff]{0,8}?(?:领导|负责人)/.test(text) ? from : text.length + 1),
  extract: (context, match) => {
    const text = context.sentence.text;
    const open = Math.max(...["，", ",", "。", "；", ";", "：", ":", " ", "\u3000", "及"].map((c) => text.lastIndexOf(c, match.index - 1)));
    const list = LEADERS_RE.exec(text.slice(open + 1));
    if (!list) return null;
    const items = list[0].slice(0, list[0].lastIndexOf("等")).split("、");
    if (items.length < 2 || !items.every((n) => looksLikePersonName(n, true) && placeNameAt(n).length === 0)) return null;
    return personCandidate(match.index, match[1]!, null, "leaderListedPersons");
  },
};
