import { COMPOUND_SURNAMES, NOT_NAMES, RARE_SURNAMES, SURNAMES } from "./lexicon.ts";
import type { Candidate } from "./types.ts";

/** Characters that do not occur in a given name but do in the words after a title (书记在会上, 主任和…). */
const FUNCTION_CHARS = /[的了是在和与为及或等将把被从向对于]/;

/** Last characters of place and facility words, not of given names (江大桥, 江路). */
const PLACE_END = /(?:大桥|[路街站场港园镇村县区市省])$/;

/**
 * True when `name` (2–4 CJK characters) starts with a common surname. With `strong` evidence (right after a
 * title, in a byline), a three-character name may also start with a rarer surname (封晓春, 狄胜君).
 */
export function looksLikePersonName(name: string, strong = false): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name) || NOT_NAMES.has(name) || PLACE_END.test(name)) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3;
  if (name.length > 3) return false;
  if (SURNAMES.includes(name[0]!)) return true;
  return strong && name.length === 3 && RARE_SURNAMES.includes(name[0]!) && !FUNCTION_CHARS.test(name.slice(1));
}

/** A person candidate for `name` at `start` in the sentence (every person rule returns one). */
export function personCandidate(start: number, name: string, role: string | null, rule: string): Candidate {
  return { start, end: start + name.length, text: name, type: "person", canonical: null, role, rule, priority: 1 };
}
