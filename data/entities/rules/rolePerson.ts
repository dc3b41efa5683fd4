import { charTest, skipToAfter, skipToAnchor, wordFinder } from "../../engine/skip.ts";
import { AFTER_NAME, AFTER_NAME_ADVERBS, COMPOUND_SURNAMES, ROLE_TITLES } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import type { EntityRule } from "../types.ts";
import { rareListedName } from "./titledLists.ts";

/** A title may be printed with spaces between its characters (区　长　　庄红 in a report's signature line). */
const SPACED = "[\\s\\u3000]*";
/**
 * Verbs that end a clause about a person (and 等 ending a list of names): the free text before a title never holds
 * one (书记某某会见了…董事长某某; 局长某某等领导出席; 州委书记某某在州委常委、州委秘书长某某的陪同下), nor is a name one.
 */
const VERB = [...AFTER_NAME.filter((w) => w.length > 1), "等", "在"].join("|");
/** Titles that also end ordinary words (城市长江, 超市长, 社区长): not after the characters that make those words. */
const GUARDS: Readonly<Record<string, string>> = { 市长: "(?<![城都超门股集夜坊])", 区长: "(?<![社景园片城小校])" };
const TITLES = ROLE_TITLES.map((t) => (GUARDS[t] ?? "") + [...t].join(SPACED)).join("|");
/**
 * One title with the words before it (an employer, a body: 河北某某再生资源开发有限公司总经理, 新加坡SYNGLOBE投资有限公司总经理,
 * 某某（苏州）股份有限公司副总裁: a bracketed place inside the employer's name).
 */
const TITLE = `(?:(?!${VERB})[\\u4e00-\\u9fffA-Za-z0-9（）()]){0,20}?(?:${TITLES})${SPACED}`;
// …or a day (行政长官某某17日向…).
const FOLLOW = `(?=${[...AFTER_NAME, ...AFTER_NAME_ADVERBS].join("|")}|[，,。、；;\\s]|[0-9０-９]{1,2}日|$)`;

/**
 * After punctuation (a closing bracket too: （记者 某某）香港特区行政长官某某), after 和/与 joining a titled name to the next
 * titled one (行政长官某某和中联办主任某某), or after 领导及/同志及 closing a list of leaders (…等领导及某集团董事长某某出席). */
const START = `(?<=^|[，,。、；;：:\\s（(）)]|(?<=领导|同志)及|(?<=(?:${TITLES})[\\u4e00-\\u9fff]{2,3})[和与])`;
/** Two or three characters, four with a compound surname (欧阳某某). */
const NAME = `(?!${VERB})([\\u4e00-\\u9fff]{2,3}?|(?:${COMPOUND_SURNAMES.join("|")})[\\u4e00-\\u9fff]{2})${FOLLOW}`;
/** The chain of titles taken greedily: the name is the one after the last title. */
const GREEDY = new RegExp(`${START}((?:${TITLE}、?)+)${NAME}`, "y");
/** …and lazily, when the greedy chain ran past a name into a later title (某主任柯某某向省委书记、省长汇报). */
const LAZY = new RegExp(`${START}((?:${TITLE}、?)+?)${NAME}`, "y");

/** Any title, unguarded: a chain's first title starts at most 20 characters after the chain (the free text before it). */
const ANY_TITLE = wordFinder(ROLE_TITLES, true);

/** The person of a chain match, or null when the words after the titles are no name. */
function person(match: RegExpExecArray) {
  const start = match.index + match[1]!.length;
  // A given name may end in 和 (县委副书记刘家和等): 和 joins nothing when 等 or punctuation follows it.
  const name = AND_NAME.test(match.input.slice(start + match[2]!.length)) ? `${match[2]!}和` : match[2]!;
  // Two characters with a rarer surname only as the first of a list of names (市领导宿某、赵某某等).
  const listed = LISTED_NEXT.exec(match.input.slice(start + name.length, start + name.length + 5));
  if (!looksLikePersonName(name, true) && !(rareListedName(name) && listed && looksLikePersonName(listed[1]!, true))) return null;
  // The role is the titles of this name, not those of a person joined to it by 及/与 (副省长某某及某司司长某某).
  const role = match[1]!
    .replace(/[\s\u3000]+/g, "")
    .replace(/、$/, "")
    .replace(JOINED_BEFORE, "");
  return personCandidate(start, name, role, "rolePerson");
}

/** 和 after a two-character name that joins nothing: 等, punctuation or the end follows it. */
const AND_NAME = /^和(?=[等，,。、；;）)\s]|$)/;

/** The next name of a list: 、 and two or three characters, then 、, 等 or punctuation. */
const LISTED_NEXT = /^、([\u4e00-\u9fff]{2,3}?)(?=[、等，,。；;]|$)/;
/** Titles and a name joined to the next titles by 及/与, at the front of a role. */
const JOINED_BEFORE = new RegExp(`^.*(?:${ROLE_TITLES.join("|")})[\\u4e00-\\u9fff]{2,3}[及与]`);

/**
 * A name after its titles: "市委副书记、苏州高新区党工委书记陈成华带队" → 陈成华, role = the titles. The greedy chain
 * comes first, so a body's name inside the titles is not read as a name (区党工委副书记、党群工作部部长党锋: 党锋,
 * not 党群工); when it reads no name, the shortest chain that does is taken.
 */
export const rolePerson: EntityRule = {
  name: "rolePerson",
  // Sticky, tried only where the look-behind can hold: the text's start or after punctuation (、 too: 某某、某公司总经理某某)
  pattern: GREEDY,
  // or whitespace (or 及 after 领导/同志), and no further than 20 characters before a title.
  skipTo: skipToAnchor(ANY_TITLE, 20, skipToAfter(charTest("，,。、；;：:（(）)及和与", true), true)),
  extract: (context, match) => {
    const found = person(match);
    if (found) return found;
    LAZY.lastIndex = match.index;
    const lazy = LAZY.exec(context.sentence.text);
    return lazy && lazy[0].length < match[0].length ? person(lazy) : null;
  },
};

/**
 * A titled name joined by 和/与/及 to another titled person (某公司副总经理某某和某公司董事长某某分别发言): the greedy chain
 * of rolePerson runs on to the last name, so the first is read here, between a title and the joint, when another title
 * follows within 20 characters.
 */
export const joinedRolePerson: EntityRule = {
  name: "joinedRolePerson",
  pattern: new RegExp(
    `(?<=(?:${TITLES}))([\\u4e00-\\u9fff]{2,3}?)(?=[和与及](?:(?!${VERB})[\\u4e00-\\u9fffA-Za-z0-9（）()]){0,20}?(?:${TITLES})[\\u4e00-\\u9fff]{2})`,
    "g",
  ),
  skipTo: skipToAnchor(ANY_TITLE, 0),
  extract: (_context, match) => {
    const name = match[1]!;
    if (!looksLikePersonName(name, true)) return null;
    return personCandidate(match.index, name, null, "joinedRolePerson");
  },
};
