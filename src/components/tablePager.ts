// Long tables in pages: more than LONG_TABLE rows show PAGE_ROWS at a time,
// with a pager (上一页 / 第 n / N 页 / 下一页 / 全部显示). Rows stay in the
// document (hidden), so links to a row, search and printing still find them.

/** Tables longer than this get a pager. */
export const LONG_TABLE = 100;
/** Rows per page. */
export const PAGE_ROWS = 50;

/** Rows of `table` that the pager shows on `page` (0-based): [from, to). */
export function pageRange(rows: number, page: number, size = PAGE_ROWS): [number, number] {
  const pages = Math.max(1, Math.ceil(rows / size));
  const p = Math.max(0, Math.min(page, pages - 1));
  return [p * size, Math.min(rows, (p + 1) * size)];
}

/** Adds a pager to `table` when it has more than LONG_TABLE body rows (again when its rows change). */
export function pageTable(table: HTMLTableElement): void {
  const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>(":scope > tbody > tr"));
  if (table.dataset.pagedRows === String(rows.length)) return;
  table.dataset.pagedRows = String(rows.length);
  const old = table.nextElementSibling?.classList.contains("table-pager") ? table.nextElementSibling : null;
  old?.remove();
  if (rows.length <= LONG_TABLE) {
    for (const tr of rows) tr.hidden = false;
    return;
  }
  const pages = Math.ceil(rows.length / PAGE_ROWS);
  let page = 0;
  const pager = document.createElement("div");
  pager.className = "table-pager no-print";
  const button = (label: string, onclick: () => void) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", onclick);
    return b;
  };
  const label = document.createElement("span");
  const previous = button("上一页", () => show(page - 1));
  const next = button("下一页", () => show(page + 1));
  const all = button("全部显示", () => {
    for (const tr of rows) tr.hidden = false;
    pager.remove();
  });
  const show = (p: number) => {
    page = Math.max(0, Math.min(p, pages - 1));
    const [from, to] = pageRange(rows.length, page);
    for (const [i, tr] of rows.entries()) tr.hidden = i < from || i >= to;
    label.textContent = `第 ${page + 1} / ${pages} 页（共 ${rows.length} 行）`;
    previous.disabled = page === 0;
    next.disabled = page === pages - 1;
  };
  // A link to a row on a later page (#anchor) opens that page.
  const target = location.hash ? rows.findIndex((tr) => tr.id === decodeURIComponent(location.hash.slice(1))) : -1;
  pager.append(previous, label, next, all);
  table.after(pager);
  show(target >= 0 ? Math.floor(target / PAGE_ROWS) : 0);
}
