import type { EntityType } from "../../types.ts";
import { afterJoinedPerson, isGenericBody, isGenericName, joinConjunction, nameStart } from "../boundary.ts";
import { MAX_BODY, NAME_CHAR, SCOPE_MODIFIERS, SUFFIXES } from "../lexicon.ts";
import { placeNameAt } from "../placeStart.ts";
import type { EntityRule } from "../types.ts";

type SuffixType = Exclude<EntityType, "person">;

/** Options of a suffix rule. */
export interface SuffixRuleOptions {
  /** Fewest name characters before the suffix (default 2). */
  minBody?: number;
  /** Text that must not follow the suffix (路 in 路子, 湖 in 湖长制). */
  notFollowedBy?: string;
  /** Names cut from the front of the name part (某高新区幸福河 → 幸福河). */
  stripPrefix?: (body: string, at: number) => number;
  /** Accept name parts made of generic words (科技创新局 names an office). */
  allowGenericBody?: boolean;
  /** Industry words make a name here (新材料产业园), though they are generic as list items. */
  industriesAreNames?: boolean;
  /**
   * A 与/和 may join two halves of one name (…装备与集成供应链…项目) rather than end the text before it;
   * "generic" also when the half before it is made of generic words (文化和旅游局, 工业和信息化局).
   */
  joinConjunctions?: boolean | "generic";
  /** The endings to look for, when not all of the type's SUFFIXES (the weak park endings 园区, 基地). */
  suffixes?: readonly string[];
  /** A further test of a found name (its start in the sentence and its text); false rejects it. */
  accept?: (sentence: string, start: number, name: string) => boolean;
  /** Endings (街道, 镇) after which a name part of modifier words (龙头街道) is a name when it is an item of a 、-list. */
  listedModifiersAreNames?: readonly string[];
}

const SCOPE_RE = new RegExp(SCOPE_MODIFIERS.join("|"));

/** Index just after the last opening bracket in `body` from `from` on that is not closed after it, or -1. */
function afterUnclosedOpening(body: string, from: number): number {
  let depth = 0;
  for (let i = body.length - 1; i >= from; i--) {
    const c = body[i];
    if (c === ")" || c === "）") depth++;
    else if (c === "(" || c === "（") {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return -1;
}

/** Index just after the last closing bracket in `body` from `from` on that no opening one before it matches, or -1. */
function afterUnopenedClosing(body: string, from: number): number {
  let depth = 0;
  let after = -1;
  for (let i = from; i < body.length; i++) {
    const c = body[i];
    if (c === "(" || c === "（") depth++;
    else if (c === ")" || c === "）") {
      if (depth === 0) after = i + 1;
      else depth--;
    }
  }
  return after;
}

/** True when the words at start…end are an item of a 、-list (旅顺开发区、龙头街道、水师营街道). */
function listItem(sentence: string, start: number, end: number): boolean {
  return sentence[start - 1] === "、" || sentence[end] === "、";
}
/** Numbered slogans (两谷一岛一港, 一核两翼) name no place or park. */
const SLOGAN = /[一二两三四五六七八九十百千][\u4e00-\u9fff]{1,2}[一二两三四五六七八九十百千]/;
const NUMBERED_BUREAU = /[一二三四五六七八九十]局$/;

/** A sub-unit after a parent's name: place words then 调查队, 分院, 分行, 分公司 … */
const SUB_UNIT = /([\u4e00-\u9fff]{2,6}?)(调查总队|调查队|分院|分行|支行|分公司|分局|分中心|办事处)/y;

/** A university's school or an academy's institute after its name: 大学 then 经济管理学院, 科学院 then 软件研究所. */
const SCHOOL = /([\u4e00-\u9fff]{2,6}?)(学院|研究院|研究所)/y;

/** Group endings a city and a legal ending may follow (某某集团长春有限公司). */
const GROUP_END = /(?:集团|股份|控股)$/;
const LEGAL_AFTER_CITY = /^(?:有限责任公司|有限公司|分公司)/;
/** A group's regional or branch company (某某集团陇东区域公司, 某某集团华东分公司): one name. */
const GROUP_UNIT = /([\u4e00-\u9fff]{2,4}?)(区域公司|分公司|子公司)/y;

/** Every suffix of every type: words before 与/和 ending in one of these are a name of their own. */
const ALL_SUFFIXES = Object.values(SUFFIXES).flat();

/**
 * A rule finding names by their suffix (…有限公司, …研究所, …街道). The name part is matched
 * lazily so 长城控股集团下属长城重工有限公司 yields two names, then cut after the last boundary
 * word (与, 推动, 的 …) and rejected when it is only generic words (重点项目, 公办幼儿园).
 */
export function suffixRule(name: string, type: SuffixType, options: SuffixRuleOptions = {}): EntityRule {
  const minBody = options.minBody ?? 2;
  const suffixes = (options.suffixes ?? SUFFIXES[type]).join("|");
  const tail = options.notFollowedBy ? `(?!${options.notFollowedBy})` : "";
  // Sticky: tried right after the suffix, without slicing the rest of the sentence.
  const nextSuffix = new RegExp(`(?:${suffixes})${tail}`, "y");
  const maxName = MAX_BODY[type] + 8;
  const anySuffix = new RegExp(suffixes, "g");
  return {
    name,
    pattern: new RegExp(`(${NAME_CHAR}{1,${maxName}}?)(${suffixes})${tail}`, "g"),
    // A match starting at p has its suffix within p+1 … p+maxName: start the scan at most
    // maxName characters before the next suffix (most text has none, and the lazy name part
    // otherwise tries every length at every position).
    skipTo: (text, from) => {
      anySuffix.lastIndex = from + 1;
      const next = anySuffix.exec(text);
      return next === null ? text.length + 1 : Math.max(from, next.index - maxName);
    },
    extract: (context, match) => {
      let body = match[1]!;
      // The lazy match stops at the first suffix; in 运河街道 the 河 belongs to the name of a 街道.
      let suffix = match[2]!;
      const sentence = context.sentence.text;
      let at = match.index + match[0].length;
      for (;;) {
        nextSuffix.lastIndex = at;
        let more = nextSuffix.exec(sentence);
        // A suffix inside brackets (新疆有色金属工业（集团）有限责任公司): the name goes on after the closing one.
        if (!more && (sentence[at] === "）" || sentence[at] === ")") && afterUnclosedOpening(body + suffix, 0) >= 0) {
          nextSuffix.lastIndex = at + 1;
          more = nextSuffix.exec(sentence);
          if (more) {
            body += suffix + sentence[at];
            suffix = more[0];
            at += 1 + more[0].length;
            continue;
          }
        }
        if (!more) break;
        body += suffix;
        suffix = more[0];
        at += more[0].length;
      }
      // A group's company in a city (某某集团长春有限公司): one name, not the group and a company named after the city.
      if (type === "company" && GROUP_END.test(suffix)) {
        const city = placeNameAt(sentence, at).length;
        const legal = city > 0 ? LEGAL_AFTER_CITY.exec(sentence.slice(at + city, at + city + 6)) : null;
        if (legal) {
          body += suffix + sentence.slice(at, at + city);
          suffix = legal[0];
          at += city + legal[0].length;
        } else {
          GROUP_UNIT.lastIndex = at;
          const unit = GROUP_UNIT.exec(sentence);
          if (unit && nameStart(unit[1]!) === 0) {
            body += suffix + unit[1]!;
            suffix = unit[2]!;
            at += unit[0].length;
          }
        }
      }
      // A sub-unit named after its parent (国家统计局苏州调查队, 省产业研究院苏州分院, 某某大学经济管理学院) is one name.
      // …and an academy's institute (中国科学院软件研究所).
      const sub = suffix === "大学" || suffix === "科学院" ? SCHOOL : SUB_UNIT;
      sub.lastIndex = at;
      const unit = sub.exec(sentence);
      if (unit && (type === "government" || type === "institution" || type === "company")) {
        body += suffix + unit[1]!;
        suffix = unit[2]!;
      }
      let cut = Math.max(nameStart(body), afterJoinedPerson(body));
      if (options.joinConjunctions) cut = joinConjunction(body, cut, ALL_SUFFIXES, options.joinConjunctions === "generic");
      cut += options.stripPrefix?.(body, cut) ?? 0;
      // A rank before the name is not part of it (国家级拉萨经济技术开发区); inside a name it is (…国家级湿地公园).
      if (body.startsWith("国家级", cut)) cut += "国家级".length;
      // An opening bracket not closed inside the name belongs to the text around it: (王因…示范区、…),
      // （大连新闻传媒集团记者 …）.
      cut = Math.max(cut, afterUnclosedOpening(body, cut));
      // …and so does a closing one not opened inside it: （…通讯员 王鹏）望城经开区.
      cut = Math.max(cut, afterUnopenedClosing(body, cut));
      const nameBody = body.slice(cut);
      if (nameBody.length < minBody || nameBody.length > MAX_BODY[type]) return null;
      const start = match.index + cut;
      const text = nameBody + suffix;
      if (options.allowGenericBody ? /[0-9]/.test(nameBody) : isGenericBody(nameBody, options.industriesAreNames)) {
        const listed =
          options.listedModifiersAreNames?.includes(suffix) &&
          !/[0-9]/.test(nameBody) &&
          !SCOPE_RE.test(nameBody) &&
          listItem(sentence, start, start + text.length);
        if (!listed) return null;
      }
      if (isGenericName(text)) return null;
      if ((type === "place" || type === "park") && SLOGAN.test(text)) return null;
      if (options.accept && !options.accept(sentence, start, text)) return null;
      // A numbered 局 (中建八局, 中铁十局) is an engineering company, not an office.
      const found = type === "government" && NUMBERED_BUREAU.test(text) ? "company" : type;
      return { start, end: start + text.length, text, type: found, canonical: null, role: null, rule: name, priority: 2 };
    },
  };
}
