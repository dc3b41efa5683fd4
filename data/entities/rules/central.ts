import { CENTRAL_DEPARTMENTS, CENTRAL_ORGANS } from "../../gazetteer/central.ts";
import { escapeRegExp } from "../../gazetteer/lookup.ts";
import type { EntityRule } from "../types.ts";

const NAMES = [...CENTRAL_DEPARTMENTS, ...CENTRAL_ORGANS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

/**
 * Central departments and organs by name (由教育部和财政部联合实施, 科技部编制了…, 以…为核心的党中央), before the company rule's 银行 on a tie
 * (priority 0: 中国人民银行 is a department). Not before 门 or 长: 财政部门 and 教育部长 are "the finance
 * departments" and a minister's title, not the ministry.
 */
export const centralDepartments: EntityRule = {
  name: "centralDepartments",
  pattern: new RegExp(`(?:${NAMES})(?![门长])`, "g"),
  extract: (_context, match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    type: "government",
    canonical: null,
    role: null,
    rule: "centralDepartments",
    priority: 0,
  }),
};
