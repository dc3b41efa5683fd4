import { COMPOUND_SURNAMES, SURNAMES } from "./lexicon.ts";

/** True when `name` (2–4 CJK characters) starts with a common surname. */
export function looksLikePersonName(name: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name)) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3;
  return name.length <= 3 && SURNAMES.includes(name[0]!);
}
