import { skipToAnchor } from "../../engine/skip.ts";
import { BYLINE_ROLES } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import type { EntityRule } from "../types.ts";
import { wholeMatch } from "./wholeMatch.ts";

const ROLE = `(${BYLINE_ROLES.join("|")})`;
/** What a name in a byline may carry after it: the part of the work (某某/文 某某/图). */
const CREDIT = "(?:[/／][文图摄])";

/**
 * Names in a byline: "通讯员 王婷", "本报记者 刘菲 曹俐", "记者沈贞海 通讯员…", "记者 某某/文 某某/图" (each name after
 * the role word, space-separated);
 * a name may end at the closing bracket or run into the next role ("（记者 某某通讯员 某某）").
 */
export const bylineNames: EntityRule = {
  name: "byline",
  pattern: new RegExp(
    `(?<=${ROLE}[ \\t\\u3000]*(?:[\\u4e00-\\u9fff]{2,3}${CREDIT}?[ \\t\\u3000]+)*)([\\u4e00-\\u9fff]{2,3})(?=${CREDIT}|[ \\t\\u3000)）]|${ROLE}|报道|$)`,
    "g",
  ),
  // The look-behind needs a role word before the name: none is tried before the first one's end.
  skipTo: skipToAnchor(new RegExp(BYLINE_ROLES.join("|"), "g"), -Math.min(...BYLINE_ROLES.map((r) => r.length)), undefined, Infinity),
  extract: (_context, match) => {
    const name = match[2]!;
    if (!looksLikePersonName(name, true)) return null;
    return personCandidate(match.index, name, match[1]!, "byline");
  },
};

/** Space or 、 between the names of a closing byline. */
const SEP = "[ \\t\\u3000、]+";

/**
 * Authors' names in brackets closing a news item ("…参加调研。（黄鹭）", "…取得新成绩。（王某某 卢某某）", a paragraph
 * "（张翔）"): only at the start of a sentence or right after its end, with nothing after the brackets, up to four names
 * apart by spaces or 、, each with a common surname (or a rarer one in three characters), so a bracketed note (（完）,
 * （草案）) is not read as a name.
 */
export const closingByline: EntityRule = {
  name: "closingByline",
  pattern: new RegExp(
    `(?<=(?:^|[。！？!?])[ \\t\\u3000]*[（(](?:[\\u4e00-\\u9fff]{2,3}${SEP}){0,3})([\\u4e00-\\u9fff]{2,3})(?=(?:${SEP}[\\u4e00-\\u9fff]{2,3}){0,3}[）)][ \\t\\u3000]*$)`,
    "g",
  ),
  // Tried only while an opening bracket follows or stands up to four names back (the look-behind is tried at every
  // position otherwise).
  skipTo: skipToAnchor(/[（(]/g, Number.POSITIVE_INFINITY, undefined, 20),
  extract: (context, match) => {
    const text = context.sentence.text;
    const open = Math.max(text.lastIndexOf("（", match.index), text.lastIndexOf("(", match.index));
    const names = text
      .slice(open + 1)
      .replace(/[）)][ \t\u3000]*$/, "")
      .split(/[ \t\u3000、]+/);
    if (!names.every((n) => looksLikePersonName(n, true))) return null;
    return personCandidate(match.index, match[1]!, null, "closingByline");
  },
};

/**
 * The outlet named in a page's source line (来源：某某融媒　发布时间：…, 来源：某某日报, 来源：某某区报, 来源：某某网, 来源：某市
 * 广播电视总台, 来源：某县融媒体中心): the words after 来源： up to a space or the line's end, when they end like a newsroom's name.
 */
export const sourceOutlet: EntityRule = {
  name: "sourceOutlet",
  pattern: /(?<=来源[：:][ \t\u3000]*)([\u4e00-\u9fff]{2,10}?(?:融媒|融媒体中心|报|新闻|电视台|电视总台|网))(?=[ \t\u3000|｜】]|$)/g,
  skipTo: (text, from) => (text.includes("来源") ? from : text.length + 1),
  extract: (_context, match) => wholeMatch(match, "institution", "sourceOutlet", 2),
};

/**
 * An outlet named before its time stamp on a line of its own (某某日报 2021-03-22 09:59, 某某晚报 2023年5月6日), as pages
 * print the paper an item comes from.
 */
export const stampedOutlet: EntityRule = {
  name: "stampedOutlet",
  pattern:
    /^([\u4e00-\u9fff]{2,10}?(?:融媒|日报|晚报|电视台|新闻网))(?=[ \t\u3000]*(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))/g,
  extract: (_context, match) => wholeMatch(match, "institution", "stampedOutlet", 2),
};

/**
 * The outlet of a news lead (拂晓报讯　10月17日…, 新疆日报讯（记者…）, 天津北方网讯, 长乐新闻网讯, 某区融媒体中心讯): a paper's or site's name
 * right before 讯 at the start of a line or after an opening bracket; 本报讯 and 本网讯 name no one.
 */
export const leadOutlet: EntityRule = {
  name: "leadOutlet",
  pattern: /(?<=^|[（(【“"])(?!本[报网]讯)([\u4e00-\u9fff]{2,10}?(?:[报网]|融媒体中心))(?=讯)/g,
  skipTo: (text, from) => (/(?:[报网]|中心)讯/.test(text) ? from : text.length + 1),
  extract: (_context, match) => wholeMatch(match, "institution", "leadOutlet", 2),
};
