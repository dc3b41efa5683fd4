// The data dictionary: every table and column of the data contract, with its
// type, meaning and (for enums) the values and their Chinese labels, so an
// analyst writing SQL or opening the Parquet files knows what each column holds.
import type { ColumnSpec, TableSpec } from "../contract/index.js";

/** Per table: row count and the URL of its Parquet file (when the page has them). */
export interface TableFacts {
  rows?: number;
  href?: string;
}

const TYPE_LABELS: Record<ColumnSpec["type"], string> = {
  VARCHAR: "文本",
  INTEGER: "整数",
  DOUBLE: "数值",
  BOOLEAN: "是/否",
  DATE: "日期",
  "VARCHAR[]": "文本列表",
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** What a column may hold, in words: its type, enum values with labels, and what null means. */
export function columnValues(c: ColumnSpec): string {
  const parts = [`${TYPE_LABELS[c.type]}（${c.type}）`];
  if (c.values)
    parts.push(
      `取值：${Object.entries(c.values)
        .map(([v, label]) => `${v} = ${label}`)
        .join("，")}`,
    );
  if (c.nullable) parts.push(`可为空${c.nullLabel ? `（页面显示为“${c.nullLabel}”）` : ""}`);
  return parts.join("；");
}

/** One section per table: heading with name and label, doc, row count and download link, then a column table. */
export function dataDictionary(tables: readonly TableSpec[], { facts = {} }: { facts?: Record<string, TableFacts> } = {}): HTMLElement {
  if (!Array.isArray(tables)) throw new TypeError("dataDictionary: tables must be an array of table declarations");
  const root = el("div", undefined, "data-dictionary");
  for (const t of tables) {
    const section = el("section");
    section.id = `table-${t.name}`;
    const heading = el("h2");
    heading.append(el("code", t.name), ` ${t.label}`);
    section.append(heading);
    const about = el("p", t.doc);
    const known = facts[t.name];
    if (known?.rows !== undefined) about.append(`（${known.rows.toLocaleString("zh-CN")} 行）`);
    if (known?.href) {
      const a = el("a", `下载 ${t.name}.parquet`);
      a.href = known.href;
      a.setAttribute("download", `${t.name}.parquet`);
      about.append(" ", a);
    }
    section.append(about);
    const wrap = el("div", undefined, "table-scroll");
    const table = el("table");
    const head = el("tr");
    for (const h of ["列", "中文名", "说明", "类型与取值"]) head.append(el("th", h));
    table.append(el("thead"), el("tbody"));
    table.tHead!.append(head);
    for (const c of t.columns) {
      const row = el("tr");
      const name = el("td");
      name.append(el("code", c.name));
      row.append(name, el("td", c.label), el("td", c.doc), el("td", columnValues(c)));
      table.tBodies[0]!.append(row);
    }
    wrap.append(table);
    section.append(wrap);
    root.append(section);
  }
  return root;
}
