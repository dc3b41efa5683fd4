// A place that opens a company's name (深圳市华晖集团有限公司) is where the company is registered, not what
// the report is about: news of a county signing with a firm from another city names that city in its title.
import { LEGAL_ENDING_WORDS } from "../entities/lexicon.ts";

/** A company's legal and group endings (the entities lexicon's), and a bare 公司 (华晖公司). */
const COMPANY_ENDINGS = [...LEGAL_ENDING_WORDS, "公司"];

/** Most characters of a firm's own name between the place and its ending (华晖, 恒力石化). */
const MAX_FIRM_NAME = 8;

/** Name characters of a firm (CJK and Latin letters, digits); anything else ends the name. */
const FIRM_CHAR = /[\u4e00-\u9fffA-Za-z0-9]/;

/** Whether the place ending at `end` opens a company's name: 2–MAX_FIRM_NAME name characters, then a company ending. */
export function opensCompanyName(text: string, end: number): boolean {
  if (typeof text !== "string" || !Number.isInteger(end))
    throw new TypeError("opensCompanyName(text, end) expects a string and an integer");
  for (let n = 2; n <= MAX_FIRM_NAME && end + n <= text.length; n++) {
    if (!FIRM_CHAR.test(text[end + n - 1]!)) return false;
    const rest = text.slice(end + n, end + n + 6);
    if (COMPANY_ENDINGS.some((e) => rest.startsWith(e))) return true;
  }
  return false;
}
