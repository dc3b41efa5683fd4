import { NOT_NAMES, RARE_SURNAMES, ROLE_TITLES } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import type { EntityRule } from "../types.ts";

const TITLES = `(?:${ROLE_TITLES.join("|")})`;
/** Characters of ordinary words, not of given names (and the function words after a title: 主任和…). */
const NOT_GIVEN = /[的了是在和与为及或等将把被从向对于有]/;

/** 及 or 与. */
const JOINT = /[及与]/;

/**
 * A titled person followed by 及/与 and more words (湖北省副省长某某及澳门某司司长某某, 主席某某与某厅厅长某某):
 * rolePerson's greedy chain runs on to the second title and takes only the second name.
 */
export const conjoinedPerson: EntityRule = {
  name: "conjoinedPerson",
  // Sticky, tried only from three characters before each 及/与 (the title's look-behind is costly at every position).
  pattern: new RegExp(`(?<=${TITLES})([\\u4e00-\\u9fff]{2,3}?)(?=[及与][\\u4e00-\\u9fff])`, "y"),
  skipTo: (text, from) => {
    const next = JOINT.exec(text.slice(from + 2))?.index;
    return next === undefined ? text.length + 1 : Math.max(from, from + 2 + next - 3);
  },
  extract: (_context, match) =>
    looksLikePersonName(match[1]!, true) ? personCandidate(match.index, match[1]!, null, "conjoinedPerson") : null,
};

/** A title, maybe 有/为/是, and a colon, then the first name (执行主席有：某某、某某…). */
const COLON = new RegExp(`${TITLES}(?:名单)?(?:有|为|是)?[：:]$`);
/** A name of a colon list: two to four characters between the colon or 、 and 、 or the list's end. */
const ITEM = "[\\u4e00-\\u9fff]{2,4}";

/**
 * The names listed after a title and a colon (出席会议的执行主席有：某某、某某某、…): every item two to four characters
 * without function words, at least two items, and at least four in five of them a person's name by its surname; each
 * item that is one is a person.
 */
export const colonListedPersons: EntityRule = {
  name: "colonListedPersons",
  pattern: new RegExp(`(?<=[：:](?:${ITEM}、)*)(${ITEM}?)(?=[、。；;，,]|等|$)`, "g"),
  skipTo: (text, from) => (/[：:]/.test(text) && text.includes("、") ? from : text.length + 1),
  extract: (context, match) => {
    const text = context.sentence.text;
    const name = match[1]!;
    if (!looksLikePersonName(name, true)) return null;
    const colon = Math.max(text.lastIndexOf("：", match.index), text.lastIndexOf(":", match.index));
    if (!COLON.test(text.slice(Math.max(0, colon - 12), colon + 1))) return null;
    const rest = text.slice(colon + 1);
    const items = rest.slice(0, rest.search(/[。；;，,等]|$/)).split("、");
    if (items.length < 2 || items.some((n) => !/^[\u4e00-\u9fff]{2,4}$/.test(n) || NOT_GIVEN.test(n.slice(1)) || NOT_NAMES.has(n)))
      return null;
    if (items.filter((n) => looksLikePersonName(n, true)).length * 5 < items.length * 4) return null;
    return personCandidate(match.index, name, null, "colonListedPersons");
  },
};

/** A two-character name with a rarer surname, taken only inside a list of names after a title (市领导某某、某某某). */
export function rareListedName(name: string): boolean {
  return name.length === 2 && RARE_SURNAMES.includes(name[0]!) && !NOT_GIVEN.test(name[1]!) && !NOT_NAMES.has(name);
}

/** A signature line: titles, spaces and the name, alone on its line (旗人民政府代旗长 某某, 县长　某某). */
const SIGNATURE = new RegExp(`^[\\u4e00-\\u9fff、]{0,24}?${TITLES}[\\s\\u3000]+([\\u4e00-\\u9fff]{2,5})$`);
/** The line before a report's bare signature: the meeting it was given at (在某区第九届人民代表大会第五次会议上). */
const MEETING_LINE = /会议上[）)]?$/;

/** True when the sentence at start…end is a whole line of the document. */
function wholeLine(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === "\n") && (end === text.length || text[end] === "\n");
}

/**
 * The speaker's name on a line of its own at the head of a report: after titles and a space (旗人民政府代旗长 某某; a name
 * that does not start with a listed surname too, as 双宝 or 宝音图 do not), or bare on the line after the meeting
 * line (…会议上 / 某某).
 */
export const signatureLine: EntityRule = {
  name: "signatureLine",
  pattern: /^[^\n]{2,40}$/g,
  extract: (context, match) => {
    const { doc, sentence } = context;
    if (!wholeLine(doc.text, sentence.start, sentence.end)) return null;
    const titled = SIGNATURE.exec(match[0]);
    if (titled) {
      const name = titled[1]!;
      if (NOT_GIVEN.test(name.slice(1)) || NOT_NAMES.has(name) || new RegExp(`${TITLES}$`).test(name)) return null;
      return personCandidate(match[0].length - name.length, name, null, "signatureLine");
    }
    if (!looksLikePersonName(match[0], true)) return null;
    const before = doc.text.slice(0, sentence.start).trimEnd();
    const previous = before.slice(before.lastIndexOf("\n") + 1);
    return MEETING_LINE.test(previous) ? personCandidate(0, match[0], null, "signatureLine") : null;
  },
};

/**
 * A person after 代表 as a title: a delegation's, an investor's or the companies' representative (某某促进会代表团代表某某,
 * 企业代表某某). 代表 alone is a verb too (某某代表投资方发言), so only after these words.
 */
export const delegatePerson: EntityRule = {
  name: "delegatePerson",
  pattern: /(?<=(?:代表团|企业|客商|投资方|签约方)代表)([\u4e00-\u9fff]{2,3}?)(?=[、，,。；;\s]|等|出席|参加|发言|致辞|表示|$)/g,
  extract: (_context, match) =>
    looksLikePersonName(match[1]!, true) ? personCandidate(match.index, match[1]!, null, "delegatePerson") : null,
};

/**
 * A news site or agency named in its dateline (台湾网3月2日抚州消息, 人民网呼和浩特5月29日电, 深圳新闻网1月24日讯, 中评社香港
 * 9月17日电): the words before 网 or 社, at the start of a sentence, are its name.
 */
export const datelineSite: EntityRule = {
  name: "datelineSite",
  pattern:
    /^([\u4e00-\u9fff]{2,6}?(?<![联电管路水光气])网|[\u4e00-\u9fff]{2,5}?(?<!合作|公)社)(?=[\u4e00-\u9fff]{0,4}[0-9]{1,2}月[0-9]{1,2}日[\u4e00-\u9fff]{0,4}?(?:电|讯|消息)|讯)/g,
  extract: (_context, match) => ({
    start: 0,
    end: match[1]!.length,
    text: match[1]!,
    type: "institution",
    canonical: null,
    role: null,
    rule: "datelineSite",
    priority: 2,
  }),
};
