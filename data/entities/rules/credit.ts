import { CREDIT_ROLES } from "../lexicon.ts";
import { looksLikePersonName, personCandidate } from "../person.ts";
import type { EntityRule } from "../types.ts";

/** An office named before the writer in a credit (作者：办公室 某某, 撰稿：宣传部 某某), set off by a space. */
const OFFICE = "(?:[\\u4e00-\\u9fff]{0,8}(?:办公室|室|部|科|处|局|中心|站|所)[ \\t\\u3000]+)?";

/**
 * Page credits: "编辑：晋森 组版：李腾 校对：丁安顺", also in brackets: "（撰稿人：某某 审核人：某某）", and after the writer's
 * office: "作者：办公室 某某".
 */
export const creditNames: EntityRule = {
  name: "credit",
  pattern: new RegExp(`(${CREDIT_ROLES.join("|")})[：:][ \\t\\u3000]*${OFFICE}([\\u4e00-\\u9fff]{2,3})(?=[ \\t\\u3000\\-－—)）]|$)`, "g"),
  extract: (_context, match) => {
    const name = match[2]!;
    if (!looksLikePersonName(name)) return null;
    const start = match.index + match[0].length - name.length;
    return personCandidate(start, name, match[1]!, "credit");
  },
};
