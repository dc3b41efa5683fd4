import type { FactDraft } from "../../types.ts";
import { extractFacts } from "../extract.ts";
import { cellFact, isValueCell } from "./cellFact.ts";
import type { Cell } from "./cells.ts";
import { UNIT_HEADER } from "./lexicon.ts";

/** A unit cell of a unit column (万头, 万吨, 亿元): a short word the extractor reads as the unit of one figure. */
export function isUnitWord(text: string): boolean {
  if (text.length === 0 || text.length > 6 || /[\d\s]/.test(text)) return false;
  const read = extractFacts(`1${text}`, { year: null, mode: "review" });
  return read.length === 1 && read[0]!.start === 0 && read[0]!.end === text.length + 1 && read[0]!.kind !== "threshold";
}

/**
 * A flattened table with a unit column (单位 / 1-3季度全市 / 比去年同期增长(% …, then rows 生猪出栏 / 万头 / 184.26 / 3.6):
 * `header` are the word cells before the first row's label and unit: the columns are those after its 单位 cell, or
 * without one the last `width` of them (the first row's count of figures). Rows may stop short (a row with fewer
 * figures fills the first columns); the table ends at a row without figures.
 */
export function unitColumnFacts(
  cells: readonly Cell[],
  header: readonly Cell[],
  first: number,
  width: number,
  isWordCell: (text: string) => boolean,
): { facts: Array<FactDraft & { docStart: number }>; end: number } | null {
  const u = header.findIndex((c) => UNIT_HEADER.test(c.text));
  if (u < 0 && header.length < width) return null;
  const columns = (u >= 0 ? header.slice(u + 1) : header.slice(header.length - width)).map((c) => c.text);
  if (columns.length === 0) return null;
  const facts: Array<FactDraft & { docStart: number }> = [];
  let row = first;
  while (row + 2 < cells.length && isWordCell(cells[row]!.text) && isUnitWord(cells[row + 1]!.text)) {
    let n = 0;
    while (n < columns.length && row + 2 + n < cells.length && isValueCell(cells[row + 2 + n]!.text)) n++;
    if (n === 0) break;
    const label = cells[row]!.text;
    const unit = cells[row + 1]!.text;
    for (let c = 0; c < n; c++) {
      const fact = cellFact(label, cells[row + 2 + c]!, { header: columns[c]!, unit });
      if (fact) facts.push(fact);
    }
    row += 2 + n;
  }
  return facts.length > 0 ? { facts, end: row } : null;
}
