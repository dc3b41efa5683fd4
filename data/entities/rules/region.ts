import type { Region } from "../../regions/model.ts";
import { type RegionMention, regionById, scanRegions } from "../../regions/scan.ts";
import { scanRegionsAt } from "../../regions/scanAt.ts";
import type { DocContext } from "../../types.ts";
import type { Candidate, EntityRule, RuleContext } from "../types.ts";

// The divisions of China (and the zones named after them) come from the region reference data in
// data/regions, so a report from any province gets its places without a hand list of cities.

/** The last sentence scanned and its strong region mentions (skipTo and extract see the same text in turn). */
let scanned: { text: string; mentions: RegionMention[] } = { text: "", mentions: [] };

function mentionsIn(text: string, context?: RuleContext): RegionMention[] {
  if (scanned.text !== text) {
    const at = context?.sentence.start ?? 0;
    // The document's one scan when the sentence is its text at `at` (it is in processDocument).
    const all = context?.doc.text.startsWith(text, at) === true ? scanRegionsAt(context.doc.text, at, at + text.length) : scanRegions(text);
    // Bare zone words (高新区) are settled by the report's own zone (zoneContext), not here.
    const mentions = all.filter((m) => m.bare === null && m.candidates.length > 0);
    scanned = { text, mentions };
  }
  return scanned.mentions;
}

/** True when a division's or zone's name (strong or weak form) ends at `index` of `text` (赤峰 in 赤峰至…). */
export function regionEndsAt(text: string, index: number): boolean {
  return mentionsIn(text).some((m) => m.end === index);
}

/**
 * True when a division's name ends at `end` and starts after `start` but before `suffixStart`, the start of a name's
 * ending (香港 at the end of 未来人口约占香港, whose ending is 港); a division named by the ending alone (新城) does not count.
 */
export function regionEndsInside(text: string, start: number, suffixStart: number, end: number, water = false): boolean {
  // A province's name (香港) always counts, another division's after three or more other characters (not 大黑河); at the
  // end of a lake or a river (`water`) a county named like one (龙湖区, 运河区, 柳河县) does not: it ends a real one's name
  // (异龙湖, 平陆运河, 杨柳河).
  return mentionsIn(text).some(
    (m) =>
      m.end === end &&
      m.start > start &&
      m.start < suffixStart &&
      m.candidates.some((r) => r.level === "province" || (m.start - start >= 3 && !(water && r.level !== "prefecture"))),
  );
}

/**
 * True when a province's name starts at `index` of `text`, runs past `after` and ends a list item or the clause (湖北
 * at the 湖 of 覆盖湖北、河南; not in 南四湖北岸, where 湖北 is no word, nor 河源 in 黄河源、).
 */
export function regionStartsAt(text: string, index: number, after: number): boolean {
  return mentionsIn(text).some(
    (m) =>
      m.start === index &&
      m.end > after &&
      m.candidates.some((r) => r.level === "province") &&
      /^(?:[、，,。；;和与及等）)\s]|$)/.test(text.slice(m.end, m.end + 1)),
  );
}

/** A named division or zone: 大连市, 旅顺口区, 赤峰, 苏州高新区 (type place, or park for a zone). */
export const regionPlaces: EntityRule = {
  name: "regionPlaces",
  // One character, reached only where skipTo says a region's name starts; extract reads the whole name.
  pattern: /[\u4e00-\u9fff]/g,
  skipTo: (text, from, context) => mentionsIn(text, context).find((m) => m.start >= from)?.start ?? text.length + 1,
  extract: (context, match): Candidate | null => {
    const mention = mentionsIn(context.sentence.text, context).find((m) => m.start === match.index);
    if (!mention || !supported(mention, context.doc, context.sentence.text)) return null;
    const zone = mention.candidates.every((r) => r.level === "zone");
    // The full name is the entity's name only when the words name one region (吉林 is a province and a city).
    const one = mention.candidates.length === 1 ? mention.candidates[0]! : null;
    return {
      start: mention.start,
      end: mention.end,
      // The words as written (a scan may read traditional characters as simplified ones).
      text: context.sentence.text.slice(mention.start, mention.end),
      type: zone ? "park" : "place",
      canonical: one && one.name !== mention.text ? one.name : null,
      role: null,
      rule: "regionPlaces",
      priority: 1,
    };
  },
};

/**
 * Provinces, prefectures and zones name themselves. A county's full name may also be an ordinary word
 * (城区, 老城区 and 新区 are districts' names), so it counts only inside the report's own province; its
 * short name (海淀, 微山: weak) only inside the report's own prefecture.
 */
function supported(mention: RegionMention, doc: DocContext, sentence: string): boolean {
  if (!mention.weak && mention.candidates.some((r) => r.level !== "county")) return true;
  const own = doc.region ? regionById(doc.region.id) : undefined;
  // The report's province (depth 1) or prefecture (depth 2): its ancestor that many steps below the root.
  const lineage: Region[] = [];
  for (let r = own; r; r = r.parent ?? undefined) lineage.unshift(r);
  const area = lineage[mention.weak ? 1 : 0];
  // …or in a report that names the county's prefecture (or municipality) itself (在九江市举行 … 落户修水, when the
  // report's own region is not known or is another).
  // A short name (修水, 合作, 金山: often an ordinary word too) only beside its prefecture's name, in the same sentence,
  // and not inside a quoted slogan (“五大国际贸易通道”).
  const near = mention.weak ? (insideQuotes(sentence, mention.start) ? "" : sentence) : doc.text;
  if (mention.candidates.some((r) => r.level === "county" && r.parent !== null && cityLevel(r.parent) && namesRegion(near, r.parent)))
    return true;
  if (!area) return false;
  return mention.candidates.some((r) => {
    for (let a: Region | null = r; a; a = a.parent) if (a === area) return true;
    return false;
  });
}

/** True when an opening quotation mark before `index` is not closed before it. */
function insideQuotes(text: string, index: number): boolean {
  return text.lastIndexOf("“", index) > text.lastIndexOf("”", index);
}

/** A prefecture, or a municipality under the state (北京市, 重庆市), whose districts are counties. */
function cityLevel(region: Region): boolean {
  return region.level === "prefecture" || (region.level === "province" && region.name.endsWith("市"));
}

/** namesRegion's answers for the last text asked about: every county named in a report asks about the whole report. */
let named: { text: string; answers: Map<Region, boolean> } = { text: "", answers: new Map() };

/** True when `text` holds the region's full or short name, or either without its level (九江市, 九江; 黔东南州, 黔东南). */
function namesRegion(text: string, region: Region): boolean {
  if (named.text !== text) named = { text, answers: new Map() };
  let answer = named.answers.get(region);
  if (answer === undefined) {
    answer = holdsName(text, region);
    named.answers.set(region, answer);
  }
  return answer;
}

function holdsName(text: string, region: Region): boolean {
  const forms = [region.name, region.short].flatMap((f) => [f, f.replace(/(?:市|地区|州|盟)$/, "")]);
  return forms.some((f) => f.length >= 2 && text.includes(f));
}
