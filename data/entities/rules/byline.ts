import { skipToAnchor } from "../../engine/skip.ts";
import { BYLINE_ROLES } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import type { EntityRule } from "../types.ts";

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

/**
 * An author's name in brackets closing a news item ("…参加调研。（黄鹭）", a paragraph "（张翔）"): only at the start of
 * a sentence or right after its end, with nothing after it, and only a name with a common surname (or a rarer one
 * in three characters), so a bracketed note (（完）, （草案）) is not read as a name.
 */
export const closingByline: EntityRule = {
  name: "closingByline",
  pattern: /(?<=^|[。！？!?])[ \t\u3000]*[（(]([\u4e00-\u9fff]{2,3})[）)](?=[ \t\u3000]*$)/g,
  // Tried only while an opening bracket follows (the look-behind is tried at every position otherwise).
  skipTo: skipToAnchor(/[（(]/g, Number.POSITIVE_INFINITY),
  extract: (_context, match) => {
    const name = match[1]!;
    if (!looksLikePersonName(name, true)) return null;
    return personCandidate(match.index + match[0].length - name.length - 1, name, null, "closingByline");
  },
};

/**
 * The outlet named in a page's source line (来源：某某融媒　发布时间：…, 来源：某某日报): the words after 来源： up to a space
 * or the line's end, when they end like a newsroom's name.
 */
export const sourceOutlet: EntityRule = {
  name: "sourceOutlet",
  pattern: /(?<=来源[：:][ \t\u3000]*)([\u4e00-\u9fff]{2,10}?(?:融媒|日报|晚报|新闻|电视台|新闻网))(?=[ \t\u3000|｜]|$)/g,
  skipTo: (text, from) => (text.includes("来源") ? from : text.length + 1),
  extract: (_context, match) => ({
    start: match.index,
    end: match.index + match[1]!.length,
    text: match[1]!,
    type: "institution",
    canonical: null,
    role: null,
    rule: "sourceOutlet",
    priority: 2,
  }),
};
