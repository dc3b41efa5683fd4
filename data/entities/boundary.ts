import {
  BOUNDARY_WORDS,
  COUNT_BOUNDARY,
  FALSE_SUFFIX_ENDINGS,
  GENERIC_MODIFIERS,
  GENERIC_WORDS,
  INDUSTRY_WORDS,
  NAME_FINAL_WORDS,
} from "./lexicon.ts";

const BOUNDARY_RE = new RegExp(`${COUNT_BOUNDARY}|${BOUNDARY_WORDS.join("|")}`, "g");
const ALL_GENERIC_RE = new RegExp(`^(?:${[...INDUSTRY_WORDS, ...GENERIC_MODIFIERS].join("|")})+$`);
const QUALIFIERS_ONLY_RE = new RegExp(`^(?:${GENERIC_MODIFIERS.join("|")})+$`);
const COUNTED_RE = /[0-9０-９]|[一二三四五六七八九十百千两几]+(?:个|大|强|佳|项|批|亿|家|所|条|级)/;

/**
 * Where a name starts inside `body` (the words before a suffix): just after the last boundary
 * word, unless that word ends the body and may end a name (建设 in 工厂建设项目). 0 when nothing
 * needs cutting; callers reject what is left when it is too short (拓宽高新区 → 高新区 → rejected).
 */
export function nameStart(body: string): number {
  let cut = 0;
  for (const m of body.matchAll(BOUNDARY_RE)) {
    const end = m.index + m[0].length;
    if (end === body.length && m.index > 0 && NAME_FINAL_WORDS.has(m[0])) continue;
    cut = end;
  }
  return cut;
}

/**
 * True when a name part is only generic modifiers, or counted (56个, 十强), so it names nothing.
 * With `industriesAreNames`, industry words (新材料) count as a name (新材料产业园).
 */
export function isGenericBody(body: string, industriesAreNames = false): boolean {
  return body === "" || (industriesAreNames ? QUALIFIERS_ONLY_RE : ALL_GENERIC_RE).test(body) || COUNTED_RE.test(body);
}

/** True when the whole mention is a generic word or ends like an ordinary word (格局, 之路). */
export function isGenericName(name: string): boolean {
  return GENERIC_WORDS.has(name) || FALSE_SUFFIX_ENDINGS.some((ending) => name.endsWith(ending));
}
