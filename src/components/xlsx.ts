// Tables as Excel workbooks (.xlsx, written in the browser by write-excel-file):
// one header row with each column's unit, numbers as numbers, and a 来源 column
// pointing every row back to its sentence in the report reader.

/** A cell value as written to the sheet. */
export type XlsxValue = string | number | boolean | Date | null;

/** A table to write. */
export interface XlsxTable {
  /** Sheet name (≤ 31 characters; Excel forbids []:*?/\). */
  sheet: string;
  /** Column headers, with the unit when there is one: 金额（元）. */
  columns: readonly string[];
  rows: readonly (readonly XlsxValue[])[];
  /** Per row: where it comes from (a link to the sentence, or text); null when unknown. */
  sources?: readonly (string | null)[];
  /** A closing line under the table (e.g. the page's source note). */
  note?: string | null;
}

/** Header of the source column. */
export const SOURCE_HEADER = "来源（原文位置）";

/** A sheet name Excel accepts. */
export function sheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, " ").trim() || "数据";
  return Array.from(clean).slice(0, 31).join("");
}

type Cell = { value?: XlsxValue; type?: unknown; fontWeight?: "bold"; format?: string } | null;

/** The sheet's rows (header, data with source column, blank line, note) as write-excel-file cells. */
export function sheetRows(table: XlsxTable): Cell[][] {
  const withSource = table.sources !== undefined;
  if (withSource && table.sources?.length !== table.rows.length)
    throw new TypeError(`sheetRows: ${table.sources?.length} sources for ${table.rows.length} rows`);
  const header: Cell[] = [...table.columns, ...(withSource ? [SOURCE_HEADER] : [])].map((c) => ({ value: c, fontWeight: "bold" }));
  const cell = (v: XlsxValue): Cell => {
    if (v == null || (typeof v === "number" && !Number.isFinite(v))) return null;
    if (typeof v === "number") return { value: v, type: Number, format: Number.isInteger(v) ? "0" : "0.####" };
    if (typeof v === "boolean") return { value: v ? "是" : "否", type: String };
    if (v instanceof Date) return { value: v, type: Date, format: "yyyy-mm-dd" };
    return { value: v, type: String };
  };
  const body = table.rows.map((row, i) => [...row.map(cell), ...(withSource ? [cell(table.sources?.[i] ?? null)] : [])]);
  return [header, ...body, ...(table.note ? [[], [{ value: table.note, type: String }]] : [])];
}

/** The workbook as a Blob. */
export async function toXlsx(table: XlsxTable): Promise<Blob> {
  const { default: writeXlsxFile } = await import("npm:write-excel-file/browser");
  const rows = sheetRows(table);
  const widths = rows[0].map((_, c) =>
    Math.min(60, Math.max(8, ...rows.slice(0, 200).map((r) => Array.from(String(r[c]?.value ?? "")).length * 1.6))),
  );
  return writeXlsxFile(
    rows as never,
    {
      sheet: sheetName(table.sheet),
      columns: widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    } as never,
  ).toBlob();
}

/** Number of a table cell: its raw value (data-raw / a numeric title) or its text when plain digits. */
function cellValue(td: HTMLTableCellElement): XlsxValue {
  const raw = td.dataset.raw ?? td.getAttribute("title") ?? "";
  if (/^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  const text = (td.textContent ?? "").trim();
  if (/^-?\d+(\.\d+)?$/.test(text.replaceAll(",", ""))) return Number(text.replaceAll(",", ""));
  return text || null;
}

/** A table on the page as an XlsxTable: header texts, cell values, each row's first link as its source. */
export function tableFromElement(table: HTMLTableElement, sheet: string, note?: string | null): XlsxTable {
  const head = table.querySelector("thead tr") ?? table.querySelector("tr");
  const cells = (tr: Element) => Array.from(tr.querySelectorAll<HTMLTableCellElement>(":scope > th, :scope > td"));
  const columns = head ? cells(head).map((c) => (c.textContent ?? "").replace(/[▲▼]/g, "").trim()) : [];
  const bodyRows = Array.from(table.querySelectorAll(":scope > tbody > tr"));
  const rows = bodyRows.map((tr) => cells(tr).map(cellValue));
  const sources = bodyRows.map((tr) => {
    const a = tr.querySelector<HTMLAnchorElement>("a[href]");
    return a ? new URL(a.getAttribute("href") ?? "", location.href).href : null;
  });
  return { sheet, columns, rows, sources, note };
}
