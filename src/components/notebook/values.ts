// Arrow results → plain JavaScript rows and coarse column types, shared by
// the result table, the automatic chart and the CSV/JSON downloads.
import * as arrow from "npm:apache-arrow";
import type { ResultColumn } from "./types.js";

/** A plain value of a result cell. */
export type CellValue = string | number | boolean | Date | null | CellValue[] | { [key: string]: CellValue };

function plain(value: unknown, type: arrow.DataType): CellValue {
  if (value == null) return null;
  if (arrow.DataType.isDate(type) || arrow.DataType.isTimestamp(type)) {
    const date = value instanceof Date ? value : new Date(Number(value));
    return Number.isNaN(date.getTime()) ? null : date;
  }
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Uint8Array) return Array.from(value, (b) => b.toString(16).padStart(2, "0")).join("");
  if (arrow.DataType.isList(type) || arrow.DataType.isFixedSizeList(type)) {
    const child = type.children[0].type;
    return Array.from(value as Iterable<unknown>, (v) => plain(v, child));
  }
  if (arrow.DataType.isStruct(type)) {
    const out: { [key: string]: CellValue } = {};
    for (const f of type.children) out[f.name] = plain((value as Record<string, unknown>)[f.name], f.type);
    return out;
  }
  return String(value);
}

/** The rows of an Arrow table as plain objects (dates as Date, big integers as number or string). */
export function rowsOf(table: arrow.Table): Record<string, CellValue>[] {
  const fields = table.schema.fields;
  const columns = fields.map((_, i) => table.getChildAt(i));
  const rows: Record<string, CellValue>[] = [];
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, CellValue> = {};
    for (const [i, f] of fields.entries()) row[f.name] = plain(columns[i]?.get(r), f.type);
    rows.push(row);
  }
  return rows;
}

/** Coarse type of each column of an Arrow table. */
export function columnsOf(table: arrow.Table): ResultColumn[] {
  return table.schema.fields.map((f) => {
    const t = f.type;
    if (arrow.DataType.isInt(t) || arrow.DataType.isFloat(t) || arrow.DataType.isDecimal(t)) return { name: f.name, type: "number" };
    if (arrow.DataType.isUtf8(t) || arrow.DataType.isLargeUtf8(t) || arrow.DataType.isDictionary(t))
      return { name: f.name, type: "string" };
    if (arrow.DataType.isDate(t) || arrow.DataType.isTimestamp(t)) return { name: f.name, type: "date" };
    if (arrow.DataType.isBool(t)) return { name: f.name, type: "boolean" };
    return { name: f.name, type: "other" };
  });
}

/** Text of a value for a table cell or CSV (ISO dates, JSON for lists). */
export function valueText(value: CellValue): string {
  if (value == null) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "object") return JSON.stringify(value, (_, v) => (v instanceof Date ? valueText(v) : v));
  return String(value);
}
