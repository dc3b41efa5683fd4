import { CN_MONTHS } from "../lexicon.ts";

/** A month or day number written in Arabic (11) or Chinese (十一, 二十三, 初五) digits; NaN when neither. */
export function parseMonthNumber(written: string): number {
  if (/^[0-9]{1,2}$/.test(written)) return Number(written);
  const plain = written.replace(/^初/, "");
  const month = CN_MONTHS[plain];
  if (month !== undefined) return month;
  // 二十三 = 2×10 + 3; 三十 = 3×10.
  const m = /^([二三])十([一二三四五六七八九])?$/.exec(plain);
  if (m) return CN_MONTHS[m[1]!]! * 10 + (m[2] ? CN_MONTHS[m[2]]! : 0);
  const teen = /^十([三四五六七八九])$/.exec(plain);
  if (teen) return 10 + CN_MONTHS[teen[1]!]!;
  return Number.NaN;
}
