import { skipToAnchor } from "../../engine/skip.ts";
import { isGenericBody, nameStart } from "../boundary.ts";
import type { EntityRule } from "../types.ts";

/** Trade words that end short company names (浩珂科技, 好盈科技, 顶峰航空, 玉柴动力). */
const TRADE =
  "科技|电子|电气|电器|材料|新材|机械|航空|能源|生物|医药|制药|化工|实业|物流|传媒|网络|软件|光电|智能|装备|动力|重工|食品|纺织";
/** What may come before a short company name: the start of a clause, a list comma, or a verb or noun that introduces a company. */
const BEFORE = '(?<=^|[，,、。；;：:\\s“”"（(]|走进|引进|支持|推动|企业|由|与|和|及|帮助|服务|落户|签约|携手|联合|包括|如)';
/** What may follow it: punctuation, a list word, or a verb or noun about the company. */
const AFTER =
  "(?=[，,、。；;）)\\s]|等|与|和|的|在|生产|车间|工厂|自主|项目|研发|推出|成功|获评|获批|入选|投资|落户|建成|投产|总部|公司|集团|股份|有限)";

/** A list of industries, not of companies: …纺织服装、商贸物流等多个领域. */
const FIELDS = /^(?:、[^，。；]{2,6})*等[^，。；]{0,4}(?:领域|产业|行业)/;
/** …or one after a verb of scope (涵盖科技制造、清洁能源、投资服务等: what the firms cover). */
const SCOPE_BEFORE = /(?:涵盖|涉及|覆盖)[^，,。；;：:]{0,12}$/;

/**
 * Short company names ending in a trade word, in a place where a company is named (走进浩珂科技生产
 * 车间, 由顶峰航空自主研发). The name part is two or three characters and not generic (数字科技, 高新科技
 * are not names).
 */
export const companyByTrade: EntityRule = {
  name: "companyByTrade",
  pattern: new RegExp(`${BEFORE}([\\u4e00-\\u9fff]{2,3}?)(${TRADE})${AFTER}`, "g"),
  // The look-behind is tried at every position otherwise: a match starts two or three characters before a trade word.
  skipTo: skipToAnchor(new RegExp(TRADE, "g"), 3),
  extract: (context, match) => {
    const body = match[1]!;
    if (
      isGenericBody(body) ||
      isGenericBody(match[0]) ||
      nameStart(body) > 0 ||
      /^[全各该本我此这其新高大小中]/.test(body) ||
      /[的了是和与在为]/.test(body) ||
      FIELDS.test(context.sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 30)) ||
      SCOPE_BEFORE.test(context.sentence.text.slice(Math.max(0, match.index - 13), match.index))
    )
      return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      type: "company",
      canonical: null,
      role: null,
      rule: "companyByTrade",
      priority: 3,
    };
  },
};
