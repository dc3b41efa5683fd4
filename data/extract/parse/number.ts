import { CN_DIGITS, CN_SMALL_UNITS, MAGNITUDE_EXPONENT } from "../lexicon.ts";
import { shiftDecimal } from "./decimal.ts";

/**
 * Value of a Chinese numeral: 十亿 → 1e9, 三 → 3, 两 → 2, 一百 → 100, 一万二千 → 12000,
 * 千亿 → 1e11, 二〇二三 → 2023 (digit by digit). Null when the characters do not form a
 * numeral (一一, 十十).
 */
export function parseChineseNumber(text: string): number | null {
  if (typeof text !== "string") throw new TypeError(`parseChineseNumber: expected a string, got ${typeof text}`);
  if (text === "") return null;
  const point = text.indexOf("点");
  if (point >= 0) return parseChineseDecimal(text, point);
  const chars = [...text];
  if (chars.every((c) => c in CN_DIGITS)) {
    if (chars.length === 1) return CN_DIGITS[text]!;
    // Digit by digit only for years and codes, which contain 〇/零 (二〇二三); 一一 in 唯一一个 is not a number.
    if (chars.includes("两") || !chars.some((c) => c === "〇" || c === "零")) return null;
    return Number(chars.map((c) => CN_DIGITS[c]).join(""));
  }
  let total = 0; // completed 亿/万 sections
  let section = 0; // value below 万 inside the current section
  let digit: number | null = null;
  let lastSmall = Number.POSITIVE_INFINITY; // 十百千 must fall within a section
  let sawYi = false;
  for (const c of chars) {
    if (c in CN_DIGITS) {
      if (digit !== null && CN_DIGITS[c] !== 0 && digit !== 0) return null; // 一一
      digit = CN_DIGITS[c]!;
    } else if (c in CN_SMALL_UNITS) {
      const unit = CN_SMALL_UNITS[c]!;
      if (unit >= lastSmall) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastSmall = unit;
    } else if (c === "万") {
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) {
        // bare 万 = 一万
        total = 1e4;
      } else if (sawYi && part > 0) {
        total += part * 1e4; // 一亿二千万
      } else {
        total = (total + part) * 1e4; // 三万, 万亿 handled by the next 亿
      }
      section = 0;
      digit = null;
      lastSmall = Number.POSITIVE_INFINITY;
    } else if (c === "亿") {
      const part = section + (digit ?? 0);
      total = (total + (part === 0 && total === 0 ? 1 : part)) * 1e8;
      section = 0;
      digit = null;
      lastSmall = Number.POSITIVE_INFINITY;
      sawYi = true;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

const CN_FRACTION = /^[零〇一二三四五六七八九]+$/;

/** 七点五 → 7.5, 三点零五 → 3.05, 一点二亿 → 1.2e8: whole part, 点, digit-by-digit fraction, optional 万/亿. */
function parseChineseDecimal(text: string, point: number): number | null {
  const whole = parseChineseNumber(text.slice(0, point));
  if (whole === null || !Number.isInteger(whole)) return null;
  let end = text.length;
  let exponent = 0;
  while (end > point + 1 && (text[end - 1] === "万" || text[end - 1] === "亿")) exponent += MAGNITUDE_EXPONENT[text[--end]!]!;
  const fraction = text.slice(point + 1, end);
  if (!CN_FRACTION.test(fraction)) return null;
  let digits = "";
  for (const c of fraction) digits += CN_DIGITS[c];
  return shiftDecimal(`${whole}.${digits}`, exponent);
}

/** True for digits with at most one inner decimal point (4331, 43.31): the common case. */
function plainDecimal(text: string): boolean {
  let point = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e && point < 0 && i > 0) point = i;
    else if (c < 0x30 || c > 0x39) return false;
  }
  return text.length > 0 && point !== text.length - 1;
}

/**
 * Value of a numeral as written in a report: Arabic with separators and decimals (1,000,
 * 43.31), Arabic with trailing magnitudes (1.2万, 2000亿, 5千万), or Chinese (十亿, 三).
 * Exact: magnitudes shift the decimal string instead of multiplying floats.
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== "string") throw new TypeError(`parseNumber: expected a string, got ${typeof text}`);
  if (plainDecimal(text)) return Number(text); // what shiftDecimal gives with exponent 0, without the regexes
  const trimmed = text.replace(/\s+/g, "");
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([十百千万亿]*)$/.exec(trimmed);
  if (arabic) {
    const digits = arabic[1]!.replace(/,/g, "") + (arabic[2] ?? "");
    let exponent = 0;
    for (const c of arabic[3]!) exponent += MAGNITUDE_EXPONENT[c]!;
    return shiftDecimal(digits, exponent);
  }
  return parseChineseNumber(trimmed);
}

/** Power of ten of the trailing magnitude characters of a numeral: 43.31亿 → 8, 十亿 → 8, 5千万 → 7, 300 → 0. */
export function trailingMagnitude(numeral: string): { exponent: number; text: string } {
  const m = /[万亿]+$/.exec(numeral);
  if (!m) return { exponent: 0, text: "" };
  let exponent = 0;
  for (const c of m[0]) exponent += MAGNITUDE_EXPONENT[c]!;
  return { exponent, text: m[0] };
}
