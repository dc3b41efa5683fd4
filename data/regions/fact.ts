import { charTable } from "../engine/skip.ts";
import type { RegionRef } from "../types.ts";
import { type Region, toRef } from "./model.ts";
import { type RegionMention, regionById, scanRegions } from "./scan.ts";
import { scanRegionsAt } from "./scanAt.ts";

/** Words before a place that still leave it the clause's subject (其中，苏州市增长6.1%). */
const SUBJECT_LEAD =
  /^(?:其中|全年|今年|去年|当年|同期|\d{4}年|[一二三四]季度|上半年|下半年|前三季度|\d{1,2}[-—至]\d{1,2}月(?:份)?|[、\s])*$/;
/** How far before a number its place is looked for (characters). */
const LOOK_BACK = 200;
/** Words joining places in a list (凯里市、麻江县). */
const LIST_JOINERS: ReadonlySet<string> = new Set(["、", "和", "与", "及"]);
/** Clause ends: a fact and its place must share a clause. */
const CLAUSE_END = /[；;。！？!?\n]/;
/** CLAUSE_END by character code (one look-up per character instead of a string and a regex call). */
const IS_CLAUSE_END = charTable(CLAUSE_END);
/** Segment starts: a subject opens a segment. */
const SEGMENT_END = /[，,；;。：:！？!?\n]/;
const IS_SEGMENT_END = charTable(SEGMENT_END);
/** A rank, share or lead within the city or province (全市第2位, 占全市34%, 高于全市平均24个百分点) is the report's own region's number. */
const RANK_OR_SHARE = /第$|占(?:全市|全省|全州)|(?:位[居列于]|居|列|排名)(?:全市|全省|全州)|(?:[高低快慢]于|超过?|比)(?:全市|全省|全州)/;
/** How a sentence names a level of the report's own geography (高于全市平均水平 in a zone's report). */
const SELF_WORDS: ReadonlyArray<[RegExp, Region["level"]]> = [
  [/全省|全自治区/, "province"],
  [/全市|全州|全盟/, "prefecture"],
];

/**
 * The region a number is about: the place the clause is about when it names one as its subject before
 * the number (…市增长x% in a provincial report), the report's city or province for 全市/全省 before the
 * number in a report about a zone or county, else the report's own region.
 */
export function regionOfFact(
  doc: RegionRef | null,
  sentence: string,
  mentions: readonly RegionMention[],
  factStart: number,
): RegionRef | null {
  // Bounded look-back: a clause's subject stands near its number, and an unbounded scan per fact is
  // quadratic in a long sentence without clause ends (issue 17).
  const floor = Math.max(0, factStart - LOOK_BACK);
  let clauseStart = floor;
  for (let i = factStart - 1; i >= floor; i--) {
    if (IS_CLAUSE_END[sentence.charCodeAt(i)] === 1) {
      clauseStart = i + 1;
      break;
    }
  }
  // Mentions come sorted by start (scanRegions): binary search for the clause's first.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < clauseStart) lo = mid + 1;
    else hi = mid;
  }
  const before: RegionMention[] = [];
  for (let k = lo; k < mentions.length && mentions[k]!.start < factStart; k++) {
    const m = mentions[k]!;
    if (m.bare === null && m.end <= factStart && m.candidates.length > 0) before.push(m);
  }
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    // 凯里市、麻江县计划投资…: several places share the number, so it stays the report's.
    if (LIST_JOINERS.has(sentence[m.end] ?? "") || LIST_JOINERS.has(sentence[m.start - 1] ?? "")) return doc;
    if (!isSubject(sentence, m)) continue;
    const region = pick(m, doc);
    if (region) return toRef(region);
  }
  const docRegion = doc ? regionById(doc.id) : undefined;
  if (docRegion) {
    const segment = sentence.slice(segmentStartBefore(sentence, factStart, floor), factStart);
    for (const [word, level] of SELF_WORDS) {
      // 全市增长5%, 全市平均水平: the city's own number; 全市第2位, 占全市34%: still the report's region's.
      const at = segment.search(word);
      if (at === -1 || RANK_OR_SHARE.test(segment) || sentence.startsWith("第", factStart)) continue;
      // A county-level city's 全市 is itself (东阳市's bulletin: 全市地区生产总值875.14亿元), not its prefecture.
      if (segment[at + 1] === docRegion.name.at(-1)) continue;
      if (!SUBJECT_LEAD.test(segment.slice(0, at)) && !/^..平均/.test(segment.slice(at))) continue;
      for (let r: Region | null = docRegion.parent; r; r = r.parent) if (r.level === level) return toRef(r);
    }
  }
  return doc;
}

/** The places a sentence names, for regionOfFact (scan once per sentence). */
export function sentenceMentions(sentence: string, doc?: { text: string; start: number }): RegionMention[] {
  // The document's one scan when the sentence is its text at `start` (see scanAt.ts).
  if (doc?.text.startsWith(sentence, doc.start)) return scanRegionsAt(doc.text, doc.start, doc.start + sentence.length);
  return scanRegions(sentence);
}

function segmentStartBefore(sentence: string, at: number, floor = Math.max(0, at - LOOK_BACK)): number {
  for (let i = at - 1; i >= floor; i--) if (IS_SEGMENT_END[sentence.charCodeAt(i)] === 1) return i + 1;
  return floor;
}

/**
 * A place opening its segment, named in full (福州市, 麻江县, a zone): a short name there is more often
 * part of another name (苏州大道东延工程, 苏州贝壳创新中心).
 */
function isSubject(sentence: string, m: RegionMention): boolean {
  if (m.weak || !(/[省市县区州盟旗]$/.test(m.text) || m.candidates.every((c) => c.level === "zone"))) return false;
  return SUBJECT_LEAD.test(sentence.slice(segmentStartBefore(sentence, m.start), m.start));
}

/** One candidate: the only one, or the one in the report's province (吉林 in a 吉林省 report). */
function pick(m: RegionMention, doc: RegionRef | null): Region | null {
  if (m.candidates.length === 1) return m.candidates[0]!;
  const province = doc?.path.split("/")[0];
  const inside = m.candidates.filter((c) => pathOf(c).startsWith(`${province}`));
  return inside.length === 1 ? inside[0]! : null;
}

function pathOf(region: Region): string {
  return toRef(region).path;
}
