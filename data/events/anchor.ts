import { CLAUSE_OPENERS, LEAD_BEFORE, TIME_OF_DAY } from "./lexicon.ts";
import type { DateMatch } from "./types.ts";

const OPENERS = new Set<string>(CLAUSE_OPENERS);
const AFTER = new RegExp(`^(?:${TIME_OF_DAY.join("|")})?[，,]`);

/**
 * True when a date opens a clause and so dates what follows ("9月22日,在深圳…签约"), rather than
 * modifying a noun ("举行2017年第四季度重大项目集中开工仪式", "2023年“共享发展…”推介会").
 * A news lead's date counts as opening a clause (本报讯 2024年9月20日，…; （记者 …）9月20日，…).
 * A bare year must be followed by a comma; finer dates may run straight on (上半年新签约…).
 */
export function isEventAnchor(sentence: string, date: DateMatch): boolean {
  if (
    date.start > 0 &&
    !OPENERS.has(sentence[date.start - 1]!) &&
    !LEAD_BEFORE.test(sentence.slice(Math.max(0, date.start - 3), date.start))
  ) {
    return false;
  }
  if (AFTER.test(sentence.slice(date.end))) return true;
  return date.parts.kind !== "year";
}
