// The analyst's table as an HTML table: every figure links to its sentence in the reader.
import { factHref } from "../factLink.js";
import { cellText, columnLabel, type PivotCell, type pivot } from "./pivot.js";

/** Tooltip lines of a cell: the words, the sentence and why this figure was chosen. */
export type CellNote = (cell: PivotCell) => string;

/** Renders the pivot; `scopeName` labels result/target columns, `note` gives each cell's tooltip. */
export function analystTable(
  table: ReturnType<typeof pivot>,
  { scopeName, note }: { scopeName: (s: string) => string; note: CellNote },
): HTMLElement {
  const el = document.createElement("table");
  el.className = "indicator-table";
  const head = el.createTHead().insertRow();
  for (const text of ["地区或报告", "指标", ...table.columns.map((c) => columnLabel(c, scopeName))]) {
    const th = document.createElement("th");
    th.textContent = text;
    head.append(th);
  }
  const body = el.createTBody();
  for (const r of table.rows) {
    const tr = body.insertRow();
    tr.dataset.indicator = r.indicator;
    tr.dataset.measure = r.measure;
    const place = tr.insertCell();
    place.textContent = r.place;
    if (!r.regionKnown) place.className = "muted";
    tr.insertCell().textContent = r.label;
    for (const c of table.columns) {
      const td = tr.insertCell();
      td.className = `num scope-${c.scope}`;
      const cell = r.cells[c.key];
      if (!cell) {
        td.textContent = "—";
        continue;
      }
      const a = document.createElement("a");
      a.href = factHref(cell);
      a.textContent = cellText(cell);
      a.title = note(cell);
      a.dataset.fact = cell.fact_id;
      td.append(a);
    }
  }
  return el;
}
