import {
  BOUNDARY_WORDS,
  COUNT_BOUNDARY,
  FALSE_SUFFIX_ENDINGS,
  GENERIC_MODIFIERS,
  GENERIC_WORDS,
  GUARDED_BOUNDARIES,
  INDUSTRY_WORDS,
  NAME_FINAL_WORDS,
  ROLE_TITLES,
} from "./lexicon.ts";

const BOUNDARY_RE = new RegExp(`${COUNT_BOUNDARY}|${BOUNDARY_WORDS.map((w) => GUARDED_BOUNDARIES[w] ?? w).join("|")}`, "g");
/** The same alternation, sticky: tried only where a boundary word can start (BOUNDARY_FIRST). */
const BOUNDARY_AT = new RegExp(BOUNDARY_RE.source, "y");

/** `pattern` without the look-behinds it opens with ((?<![华认行作因更]|(?<!建)成)为 → 为). */
function afterLeadingLookbehinds(pattern: string): string {
  let rest = pattern;
  while (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
    let depth = 0;
    let i = 0;
    for (; i < rest.length; i++) {
      const c = rest[i];
      if (c === "\\") i++;
      else if (c === "[") while (i < rest.length && rest[i] !== "]") i += rest[i] === "\\" ? 2 : 1;
      else if (c === "(") depth++;
      else if (c === ")" && --depth === 0) break;
    }
    rest = rest.slice(i + 1);
  }
  return rest;
}

/**
 * The characters a boundary match starts with: each word's first (its guard's look-behinds consume nothing) and the
 * digits of a count; null when some guard consumes another character first (then every position is tried).
 */
const BOUNDARY_FIRST = ((): Uint8Array | null => {
  const table = new Uint8Array(0x10000);
  for (const c of "0123456789０１２３４５６７８９") table[c.charCodeAt(0)] = 1;
  for (const w of BOUNDARY_WORDS) {
    if (!afterLeadingLookbehinds(GUARDED_BOUNDARIES[w] ?? w).startsWith(w[0]!)) return null;
    table[w.charCodeAt(0)] = 1;
  }
  return COUNT_BOUNDARY.startsWith("[0-9０-９]") ? table : null;
})();
const ALL_GENERIC_RE = new RegExp(`^(?:${[...INDUSTRY_WORDS, ...GENERIC_MODIFIERS].join("|")})+$`);
const QUALIFIERS_ONLY_RE = new RegExp(`^(?:${GENERIC_MODIFIERS.join("|")})+$`);
const INDUSTRIES_ONLY_RE = new RegExp(`^(?:${INDUSTRY_WORDS.join("|")})+$`);
const COUNTED_RE = /[0-9０-９]|[一二三四五六七八九十百千两几]+(?:个|大|强|佳|项|批|亿|家|所|条|级)/;

/** 同 opens a name (同乐街道) right after a verb that takes a place as its object (参加同乐街道、…代表团讨论). */
const VERBS_BEFORE_NAMES: ReadonlySet<string> = new Set([
  "参加",
  "参与",
  "来到",
  "前往",
  "走进",
  "走访",
  "考察",
  "调研",
  "看望",
  "慰问",
  "莅临",
  "深入",
]);

/**
 * True when 同 stands right after such a verb (`previous`, the boundary word ending at `at`): a verb takes an object, not
 * a conjunction, so 同 opens the name; after any other word (7个地区同…) it still joins.
 */
export function conjunctionAfterVerb(word: string, at: number, cut: number, previous: string): boolean {
  return word === "同" && at === cut && cut > 0 && VERBS_BEFORE_NAMES.has(previous);
}

/**
 * Where a name starts inside `body` (the words before a suffix): just after the last boundary
 * word, unless that word ends the body and may end a name (建设 in 工厂建设项目). 0 when nothing
 * needs cutting; callers reject what is left when it is too short (拓宽高新区 → 高新区 → rejected). Words in `inside`
 * never cut (a list item's own verbs: …生产线优化升级改造项目).
 */
export function nameStart(body: string, inside?: ReadonlySet<string>): number {
  let cut = 0;
  let previous = "";
  if (BOUNDARY_FIRST === null) {
    // exec on the shared pattern: matchAll would clone the regex for every candidate.
    BOUNDARY_RE.lastIndex = 0;
    for (let m = BOUNDARY_RE.exec(body); m !== null; m = BOUNDARY_RE.exec(body)) {
      if (m[0] === "") BOUNDARY_RE.lastIndex++;
      const end = m.index + m[0].length;
      if (end === body.length && m.index > 0 && NAME_FINAL_WORDS.has(m[0])) continue;
      if (conjunctionAfterVerb(m[0], m.index, cut, previous)) continue;
      previous = m[0];
      cut = end;
    }
    BOUNDARY_RE.lastIndex = 0;
    return cut;
  }
  // The global scan's matches exactly, the sticky pattern tried only at characters a boundary starts with (the
  // alternation of ~250 words is otherwise tried at every position of every candidate name).
  for (let i = 0; i < body.length; ) {
    if (BOUNDARY_FIRST[body.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    BOUNDARY_AT.lastIndex = i;
    const m = BOUNDARY_AT.exec(body);
    if (m === null) {
      i++;
      continue;
    }
    const end = i + m[0].length;
    i = m[0] === "" ? end + 1 : end;
    if (end === body.length && m.index > 0 && NAME_FINAL_WORDS.has(m[0])) continue;
    if (inside?.has(m[0])) continue;
    if (conjunctionAfterVerb(m[0], end - m[0].length, cut, previous)) continue;
    previous = m[0];
    cut = end;
  }
  BOUNDARY_AT.lastIndex = 0;
  return cut;
}

/**
 * True when a name part is only generic modifiers, or counted (56个, 十强), so it names nothing.
 * With `industriesAreNames`, industry words alone count as a name (新材料产业园, 高端装备制造园),
 * but not once generic modifiers describe them (智能绿色工程机械产业园 is "a park for smart,
 * green construction machinery", not a name).
 */
export function isGenericBody(body: string, industriesAreNames = false): boolean {
  if (body === "" || COUNTED_RE.test(body)) return true;
  if (!industriesAreNames) return ALL_GENERIC_RE.test(body);
  return QUALIFIERS_ONLY_RE.test(body) || (ALL_GENERIC_RE.test(body) && !INDUSTRIES_ONLY_RE.test(body));
}

/** `(?:ending)$` for one name ending, compiled once (it is tested on every conjunction). */
const endingRes = new Map<string, RegExp>();
function endingRe(ending: string): RegExp {
  let re = endingRes.get(ending);
  if (!re) {
    re = new RegExp(`(?:${ending})$`);
    endingRes.set(ending, re);
  }
  return re;
}

/**
 * Where a project name starts when the boundary before it is a conjunction inside the name
 * (凯登绿色制浆装备与集成供应链全球制造中心项目): the start of the words before 与/和, when they
 * are not themselves a name (管委会与…, 示范镇和…) nor generic (unless `genericLeft`: 自然资源和规划局, 文化和旅游局),
 * and the words after are at least two characters. Else `cut` unchanged.
 */
export function joinConjunction(body: string, cut: number, nameEndings: readonly string[], genericLeft = false): number {
  const before = body.slice(0, cut);
  if (!/(?<!参)[与和]$/.test(before) || body.length - cut < 2) return cut;
  const leftBody = before.slice(0, -1);
  const leftStart = nameStart(leftBody);
  const left = leftBody.slice(leftStart);
  if (left.length < 2 || (!genericLeft && isGenericBody(left)) || nameEndings.some((e) => endingRe(e).test(left))) return cut;
  // A titled person before 与 ends the text before a name (主席某某与湖北省商务厅): no body's name holds a title.
  if (TITLED_END.test(left)) return cut;
  return leftStart;
}

/** A title and a name at the end of some words (…主席某某). */
const TITLED_END = new RegExp(`(?:${ROLE_TITLES.join("|")})[\\u4e00-\\u9fff]{2,3}$`);

/** Titles and a name joined to what follows by 及/与/和, up to the last such joint (总裁助理某某及…, 副总经理某某和…). */
const JOINED_PERSON = new RegExp(`^.*(?:${ROLE_TITLES.join("|")})[\\u4e00-\\u9fff]{2,3}[及与和]`);

/** Where a name may start after a titled person joined to it by 及/与/和 (总裁助理某某及郴州公司 → 郴州公司); 0 when none. */
export function afterJoinedPerson(body: string): number {
  return JOINED_PERSON.exec(body)?.[0].length ?? 0;
}

/** FALSE_SUFFIX_ENDINGS by their last unit: a name is compared with the few that end as it does. */
const ENDINGS_BY_LAST = new Map<number, string[]>();
for (const e of FALSE_SUFFIX_ENDINGS) {
  const last = e.charCodeAt(e.length - 1);
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), e]);
}

/** True when the whole mention is a generic word or ends like an ordinary word (格局, 之路). */
export function isGenericName(name: string): boolean {
  if (GENERIC_WORDS.has(name)) return true;
  const endings = ENDINGS_BY_LAST.get(name.charCodeAt(name.length - 1));
  return endings?.some((ending) => name.endsWith(ending)) ?? false;
}
