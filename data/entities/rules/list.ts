import { isGenericBody, isGenericName, nameStart } from "../boundary.ts";
import { typeByEnding } from "../classify.ts";
import { ROLE_TITLES } from "../lexicon.ts";
import type { EntityRule } from "../types.ts";

const ITEM = "(?:(?!等)[\\u4e00-\\u9fffA-Za-z()（）·]){2,16}";
const NUMBER = "(?:[0-9]+|[一二三四五六七八九十百]+)";
/** Up to eight words between the count and 企业, never 的/领域/方面 (…等领域的民生实事项目 lists fields, not names). */
const MIDDLE = '(?:(?!的|领域|方面)[^、，,。；;：:\\s“”"]){0,8}?';
/** The head noun, not when it starts another word (企业家, 企业界, 企业高层 are people). */
const HEAD = "(企业|药企|公司|投资商|项目)(?!高层|家|界)";
/**
 * Endings of a field or a trade (夜经济, 林业, 服务业, 文旅产业), and short words of a field (生物制造, 同位素应用; not
 * 某某中药智能制造, a company's project).
 */
const FIELD_END = /(?:经济|业)$|^[\u4e00-\u9fff]{2,3}(?:制造|装备|应用|技术)$/;
/** A phase alone (一期、二期等3个项目) names no project. */
const BARE_PHASE = /^[一二三四五六七八九十]期(?:工程)?$/;
/** An item that is a title and a name (副总经理某某、总监某某等企业代表) names a person, not a company. */
const TITLED = new RegExp(`(?:${ROLE_TITLES.join("|")})[\\u4e00-\\u9fff]{2,3}$`);
const TAIL = `(?:(?:等在内的共|等)(?:${NUMBER}(?:家|个))?|${NUMBER}(?:家|个))${MIDDLE}${HEAD}`;
/** The rest of the list after an item (its further items in group 1), then the tail (head noun in group 2). */
const TAIL_RE = new RegExp(`^((?:、${ITEM})*)${TAIL}`);
/** Words every match needs after its start: the head noun, and 等 or a 家/个 count before it. */
const HEAD_WORD = /企业|药企|公司|投资商|项目/g;
const LIST_MARK = /[等家个]/g;

/**
 * True when a list item holds a boundary word, so it is a clause, not a name; a name may start with a character that is a
 * conjunction elsewhere (和世泰钛材加工中心): not a clause when nothing after it cuts.
 */
function clauseItem(item: string): boolean {
  return nameStart(item) > 0 && !(/^[和与同]/.test(item) && nameStart(item.slice(1)) === 0);
}

/**
 * Items of an enumeration ending in "…等N家企业" / "…N家企业" / "…等项目" (华隆机械、海推重工等10家企业):
 * each item is a name. A single item needs 等 after it; the first is cut after a boundary word
 * (推动华宇金属 → 华宇金属). Items are companies unless their ending says otherwise; in a list of
 * 项目 an item without a company ending is a project (吉祥欣苑、鸿顺天泰城等10个房地产项目).
 */
export const enumeratedNames: EntityRule = {
  name: "enumeration",
  pattern: new RegExp(`(${ITEM})(?=(?:、${ITEM})*${TAIL})`, "g"),
  // The lookahead tries up to 16 item lengths at every position: skip sentences (and their
  // rest) without a head noun or a 等/家/个 after two item characters.
  skipTo: (text, from) => {
    HEAD_WORD.lastIndex = from + 2;
    LIST_MARK.lastIndex = from + 2;
    return HEAD_WORD.test(text) && LIST_MARK.test(text) ? from : text.length + 1;
  },
  extract: (context, match) => {
    const text = context.sentence.text;
    const after = text.slice(match.index + match[0].length);
    const before = text[match.index - 1] ?? "";
    // After a figure only an investment's 亿元的 may open the item (总投资1亿元的某某机械配件等项目): cut after 的.
    if (/[0-9]/.test(before) && !/^[万亿]?元的/.test(match[0])) return null;
    if (!after.startsWith("、") && !after.startsWith("等") && before !== "、") return null;
    const tail = TAIL_RE.exec(after);
    // A further item holding a boundary word makes the list a clause (代表市委、市人大、市政府、市政协向8个重点项目…: 市政协向
    // is no name, so 市人大 and 市政府 name no projects).
    if (tail?.[1]?.split("、").some((item) => item !== "" && clauseItem(item))) return null;
    // An item after 、 holding a boundary word is a clause, not a name (市、县、行委的负责同志分别与39家企业).
    if (before === "、" && clauseItem(match[0])) return null;
    const cut = before === "、" ? 0 : nameStart(match[0]);
    // Starting inside a word without a boundary to cut at, the item is the tail of a longer name (…综合集团某某有限公司).
    if (cut === 0 && /[\u4e00-\u9fffA-Za-z]/.test(before)) return null;
    const name = match[0].slice(cut);
    if (name.length < 2 || isGenericBody(name) || isGenericName(name) || TITLED.test(name) || BARE_PHASE.test(name)) return null;
    // In a list of 企业/公司, an item ending in 局 is a construction company (中建八局), not an office.
    const byEnding = typeByEnding(name);
    const head = tail?.[2];
    const type = byEnding === "government" && head !== "项目" ? "company" : (byEnding ?? (head === "项目" ? "project" : "company"));
    // A field or a trade before …等项目 names a kind of project, not one (夜经济、地摊经济等创业项目, 林业、湿地等碳汇项目,
    // 5G-A、算力等新型基础设施项目, 生物制造、氢能装备等项目): a project item needs three characters, and no item of a list of
    // projects ends like a field.
    if (type === "project" && name.length < 3) return null;
    if (head === "项目" && (type === "project" || type === "company") && FIELD_END.test(name)) return null;
    const start = match.index + cut;
    return { start, end: start + name.length, text: name, type, canonical: null, role: null, rule: "enumeration", priority: 3 };
  },
};
