import { isGenericBody } from "../boundary.ts";
import { nameCore } from "../core.ts";
import { PROJECT_GENERIC_ENDINGS, SUFFIXES, WORKS_ENDINGS } from "../lexicon.ts";
import type { Candidate, MentionRefiner } from "../types.ts";

const OPENERS = new Set(["“", '"', "《", "「"]);
/** Words right before a project that single it out: its investment (投资30亿元的…项目) or 暨 after a meeting (动员会暨…项目开工仪式). */
/** What happens to a project singled out by 此次 (此次…项目落户…). */
const HAPPENS = /^(?:正式)?(?:落户|落地|签约|开工|投产|竣工|建成)/;
const SINGLED_OUT = /(?:[0-9０-９.]+(?:亿|万)(?:元|美元)的|暨)$/;

/** A park's name and ending, as the whole name part of a project (平湖智创园项目). */
const PARK_NAME = new RegExp(`^(.{2,14}?)(?:${SUFFIXES.park.join("|")})$`);
const LEVEL_FIRST = /^[全各该本我此这其省市区县]/;
const TOWNSHIP = /(?:街道|镇|乡|社区|村)$/;

/**
 * The park a project without a name of its own is about: 平湖智创园项目建成 names the park 平湖智创园.
 * Null unless the name part is a park's name (not generic, not "the city's …").
 */
function parkOf(c: Candidate): Candidate | null {
  const body = c.text.slice(0, -"项目".length);
  const park = PARK_NAME.exec(body);
  if (!park || LEVEL_FIRST.test(body) || isGenericBody(park[1]!, true)) return null;
  return { ...c, end: c.start + body.length, text: body, type: "park", rule: "anchorProjects", priority: 2 };
}

/** A facility a project builds, ending the name part (…产业基地项目, …示范园项目, …疫苗工厂建设项目). */
const FACILITY = /(?:基地|中心|工厂|产业园|示范园|科技园|生产线|综合体|大厦|车间)(?:建设|一期|二期)?$/;

/**
 * A name part that reads as a proper name: it builds a facility and opens with words of its own
 * (小松全球智能制造产业基地, 清控智运(苏州)产业创新基地), not with generic ones (全市重点产业基地).
 */
function namedFacility(body: string): boolean {
  return body.length >= 6 && FACILITY.test(body) && !isGenericBody(body.slice(0, 2)) && !/^[全各该本我此这其省市区县]/.test(body);
}

/** True when `c` starts with a township's name (民众街道土地整备…项目): its tasks, not a named project. */
function townshipWorks(c: Candidate, candidates: Candidate[]): boolean {
  return candidates.some((o) => o.start === c.start && o.type === "place" && TOWNSHIP.test(o.text));
}

/**
 * True when another, shorter, non-project name starts where `c` starts (小松 in 小松全球…项目), or
 * `c` starts with the core of a company named in the same sentence (华东数控有限公司 … 华东数控…项目).
 */
function startsWithName(c: Candidate, candidates: Candidate[]): boolean {
  return candidates.some((o) => {
    // A township's works (民众街道土地整备…项目) are its tasks, not a named project.
    if (o === c || o.type === "project" || (o.type === "place" && TOWNSHIP.test(o.text))) return false;
    if (o.start === c.start && o.end < c.end) return true;
    const core = nameCore(o.text);
    return o.type === "company" && core.length >= 2 && core.length < c.text.length && c.text.startsWith(core);
  });
}

/**
 * A project found only by its 项目 suffix must start with another name, right after an opening
 * quote, after its investment (投资2亿元的…项目) or 暨, or name a facility with words of its own (小松全球智能制造产业基地项目), and must not end in 重点/重大 (…暨重点项目): "全市高质量发展重大项目" is a category,
 * "鲁抗好丽友疫苗工厂建设项目" a name. A listed project ending in ordinary works (雨污分流改造)
 * needs a name in front too (山推智能化升级改造 keeps, 城区排涝综合整治 goes).
 */
export const anchorProjects: MentionRefiner = (context, candidates) => {
  // A loop rather than flatMap: an array for every candidate cost more than the test (most are not projects).
  const sentence = context.sentence.text;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const capacity = c.rule === "projectBySuffix" ? withCapacity(sentence, c) : null;
    if (capacity) out.push(capacity);
    else if (named(sentence, c, candidates)) out.push(c);
    else if (c.rule === "projectBySuffix") {
      const park = parkOf(c);
      if (park) out.push(park);
    }
  }
  return out;
};

/** A project named by its yearly capacity (建设年产百万吨级新型建材原料项目): the capacity is the evidence of a name. */
const CAPACITY_FIRST = /^(?:年产|年加工|年处理|年吞吐|日产)/;
/** …and a capacity whose figure cut the name (年产40万高铝…项目: 40万 reads as a count before it). */
const CAPACITY_BEFORE = /(?:年产|年加工|年处理|年吞吐|日产)[0-9.]+[万亿]?$/;

/** `c` kept or widened to the capacity before it, when it is a capacity project; else null. */
function withCapacity(sentence: string, c: Candidate): Candidate | null {
  if (c.type !== "project") return null;
  if (CAPACITY_FIRST.test(c.text)) return c;
  const before = CAPACITY_BEFORE.exec(sentence.slice(Math.max(0, c.start - 12), c.start));
  if (!before) return null;
  const start = c.start - before[0].length;
  return { ...c, start, text: sentence.slice(start, c.end) };
}

/** Rules whose match is itself the evidence of a name. */
const NAMED_BY_RULE: ReadonlySet<string> = new Set(["routeWorks", "companyProject", "waterWorks", "diversionWorks"]);

/** True when `c` is kept: not a project found by suffix alone, or one anchored as described above. */
function named(sentence: string, c: Candidate, candidates: Candidate[]): boolean {
  // A route's dashed end points (巴林—奈曼—阜新…工程) already show it is a name.
  // …and so does the company named right before it (companyProject), and a water works' own works word (waterWorks,
  // diversionWorks: 供水工程, 引…济…工程).
  if (c.type !== "project" || c.canonical !== null || NAMED_BY_RULE.has(c.rule)) return true;
  // An item of a 、-list of projects is one of the projects the text counts (…项目、…项目等14个项目, or after 分别是：), named
  // by its own words when they are more than a word or two.
  if (c.rule === "listedProjects" || c.rule === "colonListedProjects") return c.text.length >= 7 || startsWithName(c, candidates);
  if (c.rule === "enumeration") return !WORKS_ENDINGS.some((e) => c.text.endsWith(e)) || startsWithName(c, candidates);
  const body = c.text.slice(0, -"项目".length);
  if (PROJECT_GENERIC_ENDINGS.some((e) => body.endsWith(e))) return false;
  if (OPENERS.has(sentence[c.start - 1] ?? "")) return true;
  // The project a report is about, singled out by 此次 and what happens to it (此次某某项目落户某县).
  if (sentence.slice(Math.max(0, c.start - 2), c.start) === "此次" && HAPPENS.test(sentence.slice(c.end, c.end + 3))) return true;
  if (SINGLED_OUT.test(sentence.slice(Math.max(0, c.start - 12), c.start)) && !townshipWorks(c, candidates)) return true;
  if (namedFacility(body)) return true;
  return startsWithName(c, candidates);
}
