import { isGenericBody, isGenericName, nameStart } from "../boundary.ts";
import { PROJECT_GENERIC_ENDINGS } from "../lexicon.ts";
import { placeNameAt } from "../placeStart.ts";
import type { EntityRule } from "../types.ts";

/** One item's characters: no punctuation, no 等 (which ends the list). */
const ITEM = '(?:(?!等)[^，,。、；;：:“”"‘’\\s])';
/** The rest of the list after an item: more items, then 等 (…项目、…项目等14个项目). */
const LIST_REST = new RegExp(`^(?:、${ITEM}{2,40})*等`);
/** …then 等 and a count of projects, for items named by a phase (…二期、…一期等9个产业链项目). */
const COUNTED_REST = new RegExp(`^(?:、${ITEM}{2,40})*等[0-9一二三四五六七八九十]+个[^，,。；;、]{0,6}项目`);
/** Verbs that name the works inside a project's name (…生产线优化升级改造项目, …提升项目): no cut there. */
const INSIDE = new Set(["优化", "提升", "新建", "改建", "建设"]);
/** 有 before the first item (某市有某某项目、…): the item starts after it (not in 有限公司). */
const HAS = /有(?!限)/g;

/**
 * Items of a 、-list of projects ending in 等, each ending in 项目 (某生产线优化升级改造项目、某管理项目、…等14个项目), or in a
 * phase when the list ends in a count of projects (…碳纤维二期、…单晶硅棒一期等9个产业链项目): the
 * words between two separators are the whole name, though they may hold verbs that cut a name elsewhere (优化, 及) and
 * figures (年产3000吨…项目). The first item starts after the clause's last boundary word (此次开工的, 包括), an item after
 * a 、 holding one is a clause, not a name (营造高起点推动项目、高质量建设项目的…氛围 is no list of projects either: no 等).
 */
export const listedProjects: EntityRule = {
  name: "listedProjects",
  pattern: new RegExp(`(?<=^|[，,、：:；;])(${ITEM}{4,40}?(?:项目|[一二三四五]期))(?=、|等)`, "g"),
  // Only where a 、 stands just before the item or after it, in a sentence with 项目 or 期.
  skipTo: (text, from) =>
    text.indexOf("、", Math.max(0, from - 1)) >= 0 && (text.includes("项目") || text.includes("期")) ? from : text.length + 1,
  extract: (context, match) => {
    const text = context.sentence.text;
    const end = match.index + match[0].length;
    const listed = text[match.index - 1] === "、";
    if (!listed && text[end] !== "、") return null;
    const phase = !match[0].endsWith("项目");
    if (!(phase ? COUNTED_REST : LIST_REST).test(text.slice(end))) return null;
    let cut = nameStart(match[0], INSIDE);
    if (listed && cut > 0) return null;
    for (const m of match[0].matchAll(HAS)) cut = Math.max(cut, m.index + 1);
    const start = match.index + cut;
    const name = text.slice(start, end);
    const body = name.slice(0, -2);
    if (body.length < 3 || isGenericName(name)) return null;
    if (!/[0-9]/.test(body) && isGenericBody(body)) return null;
    if (PROJECT_GENERIC_ENDINGS.some((e) => body.endsWith(e))) return null;
    // A division's name alone before 项目 is that division's projects (某县项目、某区项目).
    if (placeNameAt(body).length === body.length) return null;
    return { start, end, text: name, type: "project", canonical: null, role: null, rule: "listedProjects", priority: 2 };
  },
};

/** One item of a list after a colon: no list punctuation, ending in 项目 or 工程. */
const COLON_ITEM = "[^、，,。；;：:\\s]{3,40}?(?:项目|工程)";
/** The rest of the list after an item: more items, then the clause's end. */
const COLON_REST = new RegExp(`^(?:、${COLON_ITEM})*(?=[。；;，,]|$)`);
/** What introduces the list: 分别是：, 为：, 包括：, 如下：. */
const COLON_CUE = /(?:分别是|分别为|是|为|包括|如下)[：:]$/;
/** Words inside such an item that never cut it (…及桥梁建设项目, …出口及…改造工程). */
const COLON_INSIDE = new Set([...INSIDE, "及", "和", "暨"]);

/**
 * Items of a list of projects announced by a colon (开工的8个重点项目分别是：某某建设项目、某某（G106）建设项目、…改造工程。):
 * every item ends in 项目 or 工程 and the list runs to the clause's end, so each item is a whole name, brackets and 及
 * included; an item holding a verb or a boundary word (加快推进某项目) is a clause and ends the reading.
 */
export const colonListedProjects: EntityRule = {
  name: "colonListedProjects",
  pattern: new RegExp(`(?<=[：:](?:${COLON_ITEM}、)*)(${COLON_ITEM})(?=、|[。；;，,]|$)`, "g"),
  skipTo: (text, from) => (/[：:]/.test(text) && /项目|工程/.test(text) ? from : text.length + 1),
  extract: (context, match) => {
    const text = context.sentence.text;
    const end = match.index + match[0].length;
    const rest = COLON_REST.exec(text.slice(end));
    if (!rest) return null;
    // The list's colon, its cue, and at least two items.
    let colon = match.index - 1;
    while (colon >= 0 && text[colon] !== "：" && text[colon] !== ":") colon--;
    if (!COLON_CUE.test(text.slice(Math.max(0, colon - 3), colon + 1))) return null;
    if (colon === match.index - 1 && rest[0] === "") return null;
    const items = text.slice(colon + 1, end + rest[0].length).split("、");
    // Two projects joined by 和/及 (…乡村项目和…商业街项目) make no one name.
    if (items.some((item) => nameStart(item, COLON_INSIDE) > 0 || isGenericName(item) || /(?:项目|工程)[和及与]/.test(item))) return null;
    const name = match[0];
    const body = name.slice(0, -2);
    if (!/[0-9]/.test(body) && isGenericBody(body)) return null;
    if (placeNameAt(body).length === body.length) return null;
    return { start: match.index, end, text: name, type: "project", canonical: null, role: null, rule: "colonListedProjects", priority: 2 };
  },
};
