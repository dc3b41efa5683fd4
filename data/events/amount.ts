import { AMOUNT_PATTERN, AMOUNT_UNITS, CN_DIGITS, PROJECT_COUNT_PATTERNS } from "./lexicon.ts";

/** Yuan for a number and unit as written ("124.7", "亿" → 12470000000); TypeError on an unknown unit. */
export function parseCny(number: string, unit: string): number {
  const multiplier = AMOUNT_UNITS[unit];
  if (multiplier === undefined) throw new TypeError(`parseCny: unknown unit "${unit}"`);
  if (!/^[0-9]+(?:\.[0-9]+)?$/.test(number)) throw new TypeError(`parseCny: not a decimal number "${number}"`);
  return Math.round(Number(number) * multiplier);
}

/** The investment amount stated in a clause (总投资达124.7亿元), in yuan, or null. */
export function findAmountCny(clause: string): number | null {
  const m = AMOUNT_PATTERN.exec(clause);
  return m ? parseCny(m[1]!, m[2] ?? "") : null;
}

/** A count written in Arabic or small Chinese numerals (20, 十三); null when not a count. */
export function parseCount(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === "") return null;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]]! : null;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

/** The number of projects stated in a clause (20个重大项目, 项目共20个), or null. */
export function findProjectCount(clause: string): number | null {
  for (const pattern of PROJECT_COUNT_PATTERNS) {
    const m = pattern.exec(clause);
    if (m) return parseCount(m[1]!);
  }
  return null;
}
