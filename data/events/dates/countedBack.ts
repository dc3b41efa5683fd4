import { YEAR_OFFSET } from "../lexicon.ts";
import type { DateMatch, NormalizedDate } from "../types.ts";
import type { Dateline } from "./dateline.ts";
import { normalizeDate } from "./normalize.ts";

/**
 * A day or month written after 去年/前年 (`prefix`), without its year: the dateline's year less one or two when the dateline
 * writes its year (a report of 2024-01-08 telling 已于去年1月开工 → 2023-01), else unknown with the reason. It never takes the
 * report's own year.
 */
export function countedBack(date: DateMatch, prefix: string, dateline: Dateline | null): NormalizedDate {
  const parts = date.parts;
  if ((parts.kind !== "day" && parts.kind !== "month") || parts.year !== null) {
    throw new TypeError(`countedBack: ${date.text} is no day or month without its year`);
  }
  const offset = YEAR_OFFSET[prefix];
  if (offset === undefined) throw new TypeError(`countedBack: ${prefix} counts no year back`);
  if (dateline?.yearWritten) {
    const year = Number(dateline.date.slice(0, 4)) + offset;
    return {
      ...normalizeDate({ ...date, parts: { ...parts, year } }, null),
      date_basis: "relative_to_dateline",
      date_evidence: `${dateline.text}……${prefix}${date.text}`,
    };
  }
  return {
    ...normalizeDate(date, null),
    date: null,
    end_date: null,
    date_basis: "year_unknown",
    date_evidence: `${prefix}${date.text}（${prefix}：报告没有写明年份的日期，无法推算）`,
  };
}
