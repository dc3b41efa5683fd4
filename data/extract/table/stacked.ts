import type { FactDraft } from "../../types.ts";
import { cellFact, isValueCell, rowUnit } from "./cellFact.ts";
import type { Cell, Line } from "./cells.ts";
import { CAPTION_UNIT, HEADER_UNIT } from "./lexicon.ts";
import { isUnitWord, unitColumnFacts } from "./stacked-units.ts";

/** A non-empty line as a cell (trimmed text and its document span). */
function asCell(line: Line): Cell {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { text, start: line.start + lead, end: line.start + lead + text.length };
}

/** A short line without sentence punctuation: a header or label cell of a flattened table. */
function isWordCell(text: string): boolean {
  // 其中：城镇 is a sub-row's label: its marker's colon is no sentence punctuation.
  const label = text.replace(/[|｜]$/, "").replace(/^其中[:：]\s*/, "");
  return label.length > 0 && label.length <= 20 && !/[。；;，,：:！？]/.test(label) && !isValueCell(label);
}

/**
 * Facts of tables flattened one cell per line (a web table copied as text): header cells on
 * successive lines (本月 / 增长% / 累计 / 累计增长), then each row as a label line followed by one
 * line per value. The number of value lines after the first label fixes how many of the header
 * lines are value columns; rows continue while the shape repeats. A value cell may carry its own unit (粮食总产量 /
 * 162817吨 / 0.5 under the headers 2023年 / 较上年增长(%)); a table with a unit column is read by unitColumnFacts.
 */
export function stackedFacts(lines: readonly Line[]): Array<FactDraft & { docStart: number }> {
  const cells = lines.filter((l) => l.text.trim() !== "").map(asCell);
  for (const c of cells) c.text = c.text.replace(/\s*[|｜]$/, "");
  const out: Array<FactDraft & { docStart: number }> = [];
  let i = 0;
  while (i < cells.length) {
    // Header: a run of word cells, then one label, then numbers.
    let j = i;
    while (j < cells.length && isWordCell(cells[j]!.text)) j++;
    let k = j;
    while (k < cells.length && isValueCell(cells[k]!.text)) k++;
    // A unit column (单位 / … / 生猪出栏 / 万头 / 184.26 / 3.6): the label is the cell before the unit.
    if (k > j && j - i >= 3 && isUnitWord(cells[j - 1]!.text)) {
      const table = unitColumnFacts(cells, cells.slice(i, j - 2), j - 2, k - j, isWordCell);
      if (table) {
        out.push(...table.facts);
        i = table.end;
        continue;
      }
    }
    const values = k - j;
    const headers = j - i - 1;
    if (values < 1 || headers < values) {
      i = Math.max(i + 1, j);
      continue;
    }
    const columns = cells.slice(j - 1 - values, j - 1).map((c) => c.text);
    const above = cells.slice(Math.max(0, i - 3), j - 1 - values).find((c) => CAPTION_UNIT.test(c.text));
    const tableUnit = above ? CAPTION_UNIT.exec(above.text)![1]! : null;
    let row = j - 1;
    // A row's unit in its label (社会消费品零售总额(亿元)) holds for the rows under it until another row names one:
    // the page copy loses the indentation of sub-rows (# 批发零售业, 住宿餐饮业), so every following row inherits.
    let labelUnit: string | null = null;
    while (row + values < cells.length && isWordCell(cells[row]!.text)) {
      const numbers = cells.slice(row + 1, row + 1 + values);
      if (numbers.length < values || !numbers.every((c) => isValueCell(c.text))) break;
      const label = cells[row]!;
      labelUnit = rowUnit(label.text) ?? labelUnit;
      const unit = labelUnit;
      numbers.forEach((cell, c) => {
        const header = columns[c]!;
        const fact = cellFact(label.text, cell, { header, unit: unit ?? HEADER_UNIT.exec(header)?.[1] ?? tableUnit });
        if (fact) out.push(fact);
      });
      row += values + 1;
    }
    i = row;
  }
  return out;
}
