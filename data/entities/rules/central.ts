import { CENTRAL_DEPARTMENTS, CENTRAL_ORGANS } from "../../gazetteer/central.ts";
import { escapeRegExp } from "../../gazetteer/lookup.ts";
import type { EntityRule } from "../types.ts";

const NAMES = [...CENTRAL_DEPARTMENTS, ...CENTRAL_ORGANS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

const KNOWN: ReadonlySet<string> = new Set([...CENTRAL_DEPARTMENTS, ...CENTRAL_ORGANS]);

/** The department's own name when the words are 国家 and a name that does not start with it (国家农业农村部 → 农业农村部). */
function prefixed(words: string): string | null {
  return words.startsWith("国家") && !KNOWN.has(words) && KNOWN.has(words.slice(2)) ? words.slice(2) : null;
}

/**
 * Central departments and organs by name (由教育部和财政部联合实施, 科技部编制了…, 以…为核心的党中央), before the company rule's 银行 on a tie
 * (priority 0: 中国人民银行 is a department). Not before 门 or 长: 财政部门 and 教育部长 are "the finance
 * departments" and a minister's title, not the ministry.
 */
export const centralDepartments: EntityRule = {
  name: "centralDepartments",
  // 国家 may stand before a ministry's name (按照国家农业农村部行业标准): one name, the ministry's own as canonical.
  pattern: new RegExp(`(?:国家)?(?:${NAMES})(?![门长])`, "g"),
  extract: (_context, match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    type: "government",
    canonical: prefixed(match[0]),
    role: null,
    rule: "centralDepartments",
    priority: 0,
  }),
};
