import type { FactDraft } from "../../types.ts";
import { cellFact, rowUnit } from "./cellFact.ts";
import { type Cell, joinSpacedWords, type Line, splitCells, splitLooseHeader, splitLooseRow } from "./cells.ts";
import {
  CAPTION_UNIT,
  CELL_NUMBER,
  GROWTH_HEADER,
  HEADER_UNIT,
  LABEL_HEADER,
  POINTS_HEADER,
  SHARE_HEADER,
  UNIT_HEADER,
} from "./lexicon.ts";

/** A header cell's words without the spaces that letter-space them (单 位 → 单位). */
const squeeze = (c: Cell) => c.text.replace(/\s+/g, "");

/** A header row: three or more cells, none a number, one naming the label column (or left blank) or the unit column. */
function isHeader(cells: Cell[]): boolean {
  return (
    cells.length >= 3 &&
    !cells.some((c) => CELL_NUMBER.test(c.text)) &&
    (cells[0]!.text === "" || cells.some((c) => LABEL_HEADER.test(squeeze(c)) || UNIT_HEADER.test(squeeze(c))))
  );
}

/** A header cell that names a value column: a unit in brackets, a change, a share or points. */
const VALUE_HEADER = (c: Cell) =>
  !CELL_NUMBER.test(c.text) &&
  (HEADER_UNIT.test(c.text) || GROWTH_HEADER.test(c.text) || SHARE_HEADER.test(c.text) || POINTS_HEADER.test(c.text));

/**
 * A |-row header whose label column was left blank (| 绝 对 数 (亿元) | 比上年增长 (%) |), one cell short of its rows
 * (地区生产总值 | 617.50 | 5.2 |): the header with an empty first cell in front, or null.
 */
function blankLabelHeader(lines: readonly Line[], h: number, cells: Cell[]): Cell[] | null {
  const line = lines[h]!;
  if (!line.text.trimStart().startsWith("|") || cells.length < 2 || !cells.every(VALUE_HEADER)) return null;
  if (firstRowWidth(lines, h) !== cells.length + 1) return null;
  return [{ text: "", start: line.start, end: line.start }, ...cells];
}

/**
 * A row with one cell more than the header whose first two cells are both labels: the first is a group label
 * spanning several rows in the original table (县区 | 旺苍 | …, 省属企业 | 广旺公司 | …), dropped; the second is the row's label.
 */
function dropGroupCell(row: Cell[], width: number): Cell[] {
  if (row.length !== width + 1 || row[0]!.text === "" || row[1]!.text === "") return row;
  return CELL_NUMBER.test(row[0]!.text) || CELL_NUMBER.test(row[1]!.text) ? row : row.slice(1);
}

/** A group row inside a table: one short label without a figure or sentence punctuation (按城乡分, 其中：). */
function isGroupRow(text: string): boolean {
  return text.length <= 12 && !/\d|[。，,；;！？]/.test(text);
}

/** Cells in the first non-empty line after the header, its letter-spaced words joined (0 when there is none). */
function firstRowWidth(lines: readonly Line[], header: number): number {
  for (let r = header + 1; r < lines.length; r++) if (lines[r]!.text.trim() !== "") return joinSpacedWords(splitCells(lines[r]!)).length;
  return 0;
}

/** The table's unit from a caption line just above the header (单位：亿元), or null. */
function captionUnit(lines: readonly Line[], header: number): string | null {
  for (let i = header - 1; i >= Math.max(0, header - 3); i--) {
    const m = CAPTION_UNIT.exec(lines[i]!.text);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * Facts of fixed-width tables (columns padded with spaces, as statistical bulletins print them):
 * a header row (产品名称  计量单位  产量  比上年增长(%)), then rows with as many cells, the first a
 * label. One fact per numeric cell: the row label is its metric, the unit column (or a unit in the
 * header's brackets, or the caption's 单位：…) its unit, the header its kind. A row of another width
 * ends the table, except a group row (按城乡分) heading indented rows. A copy whose padding collapsed to single spaces is read too: the header split at
 * every space, each row as a label followed by the header's count of numbers.
 */
export function fixedWidthFacts(lines: readonly Line[]): Array<FactDraft & { docStart: number }> {
  const out: Array<FactDraft & { docStart: number }> = [];
  for (let h = 0; h < lines.length; h++) {
    let header = splitCells(lines[h]!);
    const blank = blankLabelHeader(lines, h, header);
    if (blank) header = blank;
    // A copy that collapsed the padding to single spaces (指标 完成数(万元) 比上年增长(%)).
    else if (header.length < 3) header = splitLooseHeader(lines[h]!);
    // 品  名  计量单位  数  量: letter-spaced words split the header wider than its rows.
    const joined = joinSpacedWords(header);
    if (joined.length !== header.length && joined.length === firstRowWidth(lines, h)) header = joined;
    if (!isHeader(header)) continue;
    // The first column holds the row labels: a first header 单位 names the reporting units (单 位 | 本月数（千吨） | …), no unit column.
    const unitColumn = header.findIndex((c, i) => i > 0 && UNIT_HEADER.test(squeeze(c)));
    const tableUnit = captionUnit(lines, h);
    let r = h + 1;
    for (; r < lines.length; r++) {
      if (lines[r]!.text.trim() === "") continue;
      let row = splitCells(lines[r]!);
      // 按城乡分, 其中： — a group row with no figures heads the indented rows under it; the table goes on.
      if (row.length === 1 && isGroupRow(row[0]!.text)) continue;
      // 总  计: a letter-spaced label splits the row as it did the header.
      if (row.length !== header.length && joinSpacedWords(row).length === header.length) row = joinSpacedWords(row);
      row = dropGroupCell(row, header.length);
      if (row.length !== header.length && unitColumn < 0) row = splitLooseRow(lines[r]!, header.length) ?? row;
      if (row.length !== header.length || CELL_NUMBER.test(row[0]!.text) || !row.some((c) => CELL_NUMBER.test(c.text))) break;
      const ownUnit = rowUnit(row[0]!.text);
      for (let c = 1; c < row.length; c++) {
        if (c === unitColumn || !CELL_NUMBER.test(row[c]!.text)) continue;
        const unit = unitColumn >= 0 ? row[unitColumn]!.text : (ownUnit ?? HEADER_UNIT.exec(header[c]!.text)?.[1] ?? tableUnit);
        const fact = cellFact(row[0]!.text, row[c]!, { header: header[c]!.text, unit });
        if (fact) out.push(fact);
      }
    }
    h = r - 1;
  }
  return out;
}
