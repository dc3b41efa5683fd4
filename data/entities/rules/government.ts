import type { EntityRule } from "../types.ts";
import { suffixRule } from "./suffix.ts";
import { wholeMatch } from "./wholeMatch.ts";

/** A body's name before 和 in a joined name is never itself a body (市政府和发改局 are two). */
const BODY_END = /(?:政府|委|办|院|厅|部|会|局|署)和/;

/**
 * 苏州高新区管委会, 投资促进局, 江苏省苏州市人民政府 (局 not in 局面, 局部, but before 部门; 署 not in 部署, 签署); 科技创新局 is a name
 * even though its words are generic; departments named by two fields joined by 和 keep both (自然资源和规划局,
 * 人力资源和社会保障局, 发展和改革委员会).
 */
export const governmentBySuffix = suffixRule("governmentBySuffix", "government", {
  notFollowedBy: "面|部(?!门)|势|长",
  allowGenericBody: true,
  joinConjunctions: "generic",
  // A term's ordinal before 人民政府 (县十八届人民政府工作) is about the body's term, not its name (政协某县第十一届委员会
  // is one).
  accept: (_sentence, _start, name) => !BODY_END.test(name) && !/届人民政府$/.test(name),
});

/**
 * A zone's committee named by its kind alone at the start of a clause (管委会用心用情全周期服务企业, 党工委研究部署): in a
 * zone's news the bare word is that zone's body.
 */
export const bareZoneBody: EntityRule = {
  name: "bareZoneBody",
  pattern: /(?<=^|[，,。；;：:])(?:管委会|党工委)(?=[\u4e00-\u9fff])/g,
  extract: (_context, match) => wholeMatch(match, "government", "bareZoneBody", 3),
};
