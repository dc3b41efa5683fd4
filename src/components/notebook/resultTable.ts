// A result as a sortable, paginated table. Values are set as text; id columns
// (fact_id, sentence_id, doc_id, entity_id …) link to their place in the reader.
import { entityHref, readerHref } from "../factLink.js";
import { formatNumber } from "../format.js";
import { el } from "./dom.js";
import type { ResultColumn } from "./types.js";
import { type CellValue, valueText } from "./values.js";

/** Rows per page. */
export const PAGE_SIZE = 50;

type Row = Record<string, CellValue>;

/** Reader link of an id value, or null (ids embed their document id before "-s"/"-e"). */
export function idHref(column: string, value: CellValue, row: Row): string | null {
  if (typeof value !== "string" || value === "") return null;
  const doc = typeof row.doc_id === "string" && row.doc_id ? row.doc_id : value.split("-")[0];
  switch (column) {
    case "fact_id":
      return readerHref(doc, `f-${value}`);
    case "sentence_id":
      return readerHref(doc, `s-${value}`);
    case "event_id":
      return typeof row.doc_id === "string" ? readerHref(row.doc_id, `e-${value}`) : null;
    case "doc_id":
      return readerHref(value);
    case "entity_id":
      return entityHref(value);
    default:
      return null;
  }
}

function compare(a: CellValue, b: CellValue): number {
  if (a == null) return b == null ? 0 : 1; // nulls last either way
  if (b == null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  return valueText(a).localeCompare(valueText(b), "zh-CN");
}

/** Options of `resultTable`. */
export interface ResultTableOptions {
  pageSize?: number;
}

/** Renders rows with header buttons that sort (ascending, descending, original order) and a pager. */
export function resultTable(columns: readonly ResultColumn[], rows: readonly Row[], options: ResultTableOptions = {}): HTMLElement {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  let sort: { column: string; direction: 1 | -1 } | null = null;
  let page = 0;
  const root = el("div", { class: "nb-result" });

  const goTo = (next: number) => {
    page = next;
    render();
  };
  const render = () => {
    const order: Row[] = sort ? [...rows].sort((a, b) => compare(a[sort!.column], b[sort!.column]) * sort!.direction) : [...rows];
    if (sort?.direction === -1) {
      // Keep nulls last when descending too.
      const nulls = order.filter((r) => r[sort!.column] == null);
      const rest = order.filter((r) => r[sort!.column] != null);
      order.splice(0, order.length, ...rest, ...nulls);
    }
    const pages = Math.max(1, Math.ceil(order.length / pageSize));
    page = Math.min(page, pages - 1);
    const slice = order.slice(page * pageSize, (page + 1) * pageSize);
    const head = el(
      "tr",
      {},
      columns.map((c) => {
        const state = sort?.column === c.name ? (sort.direction === 1 ? "ascending" : "descending") : "none";
        return el(
          "th",
          { class: c.type === "number" ? "nb-num" : null, "aria-sort": state, scope: "col" },
          el(
            "button",
            {
              type: "button",
              title: "点击排序",
              onclick: () => {
                sort =
                  sort?.column !== c.name
                    ? { column: c.name, direction: 1 }
                    : sort.direction === 1
                      ? { column: c.name, direction: -1 }
                      : null;
                page = 0;
                render();
              },
            },
            c.name,
            state === "ascending" ? " ▲" : state === "descending" ? " ▼" : "",
          ),
        );
      }),
    );
    const body = slice.map((row) =>
      el(
        "tr",
        {},
        columns.map((c) => {
          const value = row[c.name];
          const raw = valueText(value);
          // Large numbers read as 万/亿 (the raw value on hover and in downloads).
          const scaled = typeof value === "number" && Math.abs(value) >= 1e4 && !/(^|_)id$/.test(c.name);
          const text = scaled ? formatNumber(value) : raw;
          const href = idHref(c.name, value, row);
          const content = value == null ? el("span", { class: "nb-null" }, "NULL") : href ? el("a", { href }, text) : text;
          const title = scaled ? raw : raw.length > 60 ? raw : null;
          const className = c.type === "number" ? "nb-num" : href ? "nb-id" : null;
          return el("td", { class: className, title, dataset: scaled ? { raw } : undefined }, content);
        }),
      ),
    );
    const table = el("table", { class: "nb-table" }, el("thead", {}, head), el("tbody", {}, body));
    const pager =
      pages > 1
        ? el(
            "div",
            { class: "nb-pager" },
            el("button", { type: "button", disabled: page === 0, onclick: () => goTo(page - 1) }, "上一页"),
            el("span", {}, `第 ${page + 1} / ${pages} 页`),
            el("button", { type: "button", disabled: page >= pages - 1, onclick: () => goTo(page + 1) }, "下一页"),
          )
        : null;
    root.replaceChildren(el("div", { class: "nb-table-wrap" }, table), pager ?? "");
  };
  render();
  return root;
}
