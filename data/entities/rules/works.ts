import type { EntityRule } from "../types.ts";
import { suffixRule } from "./suffix.ts";
import { wholeMatch } from "./wholeMatch.ts";

/**
 * Water works named by what they do, ending in …工程 without 项目 (引洮二期某某应急供水工程, 某某行蓄洪区居民迁建工程): the
 * works word before 工程 (供水, 调水, 防洪 …) is the evidence of a name, so an ordinary 工程 (民生工程, 一号工程, 德政工程)
 * is not taken for one; the name part must be a name of its own (重点水利工程 is generic).
 */
export const waterWorks = suffixRule("waterWorks", "project", {
  suffixes: ["(?:供水|引水|调水|输水|饮水|提水|蓄水|防洪|排涝|迁建|除险加固|续建配套|节水改造)工程"],
  notFollowedBy: "项目|建设|师|款|量",
  // Works and scope words alone name a kind of works (防洪排涝工程, 农村集中供水工程), not one.
  accept: (_sentence, _start, name) => !KIND_ONLY.test(name),
});

/** Names made only of works and scope words. */
const KIND_ONLY =
  /^(?:防洪|排涝|供水|引水|调水|输水|饮水|蓄水|提水|治理|应急|农村|城市|城乡|集中|安全|巩固|提升|水源|水利|重点|重大|民生|小型|中型|大型)+工程$/;

/**
 * A water-diversion scheme by its rivers (引洮工程, 引江补汉工程, 引汉济渭工程): 引, a river's one-character name, then
 * optionally 入/济/补/调 and the places it feeds, ending 工程 or 供水工程. The 引…济… form is how such schemes are named.
 */
export const diversionWorks: EntityRule = {
  name: "diversionWorks",
  // Not 引领, 引育, 引智, 引才 …: programmes named 工程 (人才引育工程) that lead, attract or train.
  pattern:
    /(?<!(?:吸|招|援|牵|指|导|索|勾|诱|承|推|介|再|外|内))引(?![领育智才资进导入荐航擎爆用])[\u4e00-\u9fff](?:[入济补调][\u4e00-\u9fff]{1,2}){0,3}(?:供水|调水)?工程(?!项目|建设|师)/g,
  skipTo: (text, from) => {
    const at = text.indexOf("引", from);
    return at < 0 ? text.length + 1 : at;
  },
  extract: (_context, match) => wholeMatch(match, "project", "diversionWorks", 2),
};
