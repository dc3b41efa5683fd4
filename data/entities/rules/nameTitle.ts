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
