import { skipToAnchor } from "../../engine/skip.ts";
import { AFTER_NAME, AFTER_NAME_ADVERBS } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import type { EntityRule } from "../types.ts";

/**
 * Titles printed after a name (操龙灿市长, 王彦龙主任, 李四董事长): heads of a place or a body only. A department
 * head's title (局长, 部长) would read a department's short name as a name (商务局长 → 商务).
 */
const TITLES_AFTER =
  "副市长|副县长|副区长|副省长|副主任|常务副主任|市长|县长|区长|省长|州长|书记|主任|主席|董事长|总经理|总裁|会长|院士|教授";
/** What stands before such a name: a place or a body's ending, or a clause start. */
const BEFORE = "(?<=^|[，,、。；;：:\\s（(]|市|县|区|省|州|旗|镇|公司|集团|管委会)";
const FOLLOW = `(?=${[...AFTER_NAME, ...AFTER_NAME_ADVERBS].join("|")}|[，,。、；;\\s]|$)`;
/** Names ending like a body (纪委书记, 办公室主任) or a title's first half (党委副书记) are no person. */
const BODY_END = /[委办局会院所部处厅组队站室府副]$|^(?:党委|党组|党工委)/;

/** A name before its title: "陪池州市操龙灿市长…汇报", "大会由经济开发区某某主任主持". */
export const nameBeforeTitle: EntityRule = {
  name: "nameBeforeTitle",
  pattern: new RegExp(`${BEFORE}([\\u4e00-\\u9fff]{2,3}?)(${TITLES_AFTER})${FOLLOW}`, "g"),
  // The look-behind is tried at every position otherwise: a match starts two or three characters before a title.
  skipTo: skipToAnchor(new RegExp(TITLES_AFTER, "g"), 3),
  extract: (_context, match) => {
    const name = match[1]!;
    if (BODY_END.test(name) || !looksLikePersonName(name)) return null;
    return personCandidate(match.index, name, match[2]!, "nameBeforeTitle");
  },
};

/**
 * The Party's general secretary named before the title, as the core or with his thought (…贯彻落实某某某总书记重要讲话,
 * 以某某某同志为核心的党中央, 某某某新时代中国特色社会主义思想): the three characters right before, whatever precedes them, since the phrase is printed inside running text.
 */
const LEADER_VERBS = /贯彻|落实|学习|宣传|践行|领会|遵循|牢记|按照|依据|根据|关于|对于|感谢|聆听|传达|习总/;

export const nameBeforeLeaderTitle: EntityRule = {
  name: "nameBeforeLeaderTitle",
  // Sticky, tried only in the three characters before the next 总书记 or 同志为核心.
  pattern: /([\u4e00-\u9fff]{3})(?=总书记|同志为核心|新时代中国特色社会主义思想)/y,
  skipTo: (text, from) => {
    const at = [text.indexOf("总书记", from), text.indexOf("同志为核心", from), text.indexOf("新时代中国特色社会主义思想", from)]
      .filter((i) => i >= 0)
      .reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
    if (at === Number.POSITIVE_INFINITY) return text.length + 1;
    return Math.max(from, at - 3);
  },
  extract: (context, match) => {
    const name = match[1]!;
    // 学习贯彻总书记…: the verb's characters, not a name (习 is also a surname).
    const around = context.sentence.text.slice(Math.max(0, match.index - 1), match.index + 3);
    if (LEADER_VERBS.test(around) || !looksLikePersonName(name, true)) return null;
    return personCandidate(match.index, name, "总书记", "nameBeforeLeaderTitle");
  },
};
