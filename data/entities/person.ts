import { COMPOUND_SURNAMES, SURNAMES } from "./lexicon.ts";
import type { Candidate } from "./types.ts";

/** True when `name` (2–4 CJK characters) starts with a common surname. */
export function looksLikePersonName(name: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name)) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3;
  return name.length <= 3 && SURNAMES.includes(name[0]!);
}

/** A person candidate for `name` at `start` in the sentence (every person rule returns one). */
export function personCandidate(start: number, name: string, role: string | null, rule: string): Candidate {
  return { start, end: start + name.length, text: name, type: "person", canonical: null, role, rule, priority: 1 };
}
