import { parseChineseNumber } from "../../extract/parse/number.ts";

const CN_MONTH_OR_DAY = /^(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])$/;

/** A month or day number written in Arabic (11) or Chinese (十一, 二十三, 初五, 正) digits; NaN when neither. */
export function parseMonthNumber(written: string): number {
  if (/^[0-9]{1,2}$/.test(written)) return Number(written);
  const plain = written.replace(/^初/, "");
  if (plain === "正") return 1;
  if (!CN_MONTH_OR_DAY.test(plain)) return Number.NaN;
  return parseChineseNumber(plain) ?? Number.NaN;
}
