// Which chart fits a result: a category or date column against a numeric one.
// Pure, so the rules are unit-tested; autoChart.ts draws the choice.

import type { ChartChoice, ResultColumn } from "./types.js";
import type { CellValue } from "./values.js";

const YEAR_NAME = /^(year|yr|年|年份|年度)$|year$|年份$/i;
// Positions and identifiers are numbers but not measures.
const NOT_A_MEASURE = /^(start|end|cid|offset|index|idx|row|rn|id)$|_id$|^id_/i;

/** Most bars a bar chart shows before the result is better read as dots. */
export const MAX_BARS = 40;

function isYearColumn(column: ResultColumn, rows: readonly Record<string, CellValue>[]): boolean {
  // Counts can look like years too (2005 条): the name must say year.
  if (column.type !== "number" || !YEAR_NAME.test(column.name)) return false;
  const values = rows.map((r) => r[column.name]).filter((v) => v != null);
  if (values.length === 0) return false;
  return values.every((v) => typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100);
}

function distinct(rows: readonly Record<string, CellValue>[], name: string): boolean {
  const seen = new Set<string>();
  for (const r of rows) {
    const v = r[name];
    const key = v instanceof Date ? v.toISOString() : String(v);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Picks bar (unique categories), dot (repeated categories or too many bars) or line (dates or years), or none with a reason. */
export function chooseChart(columns: readonly ResultColumn[], rows: readonly Record<string, CellValue>[]): ChartChoice {
  if (rows.length === 0) return { kind: "none", reason: "结果为空，没有可画的图。" };
  const date = columns.find((c) => c.type === "date");
  // A year axis needs one row per year; otherwise the rows are better read by category.
  const year = date
    ? undefined
    : columns.find((c) => isYearColumn(c, rows) && distinct(rows, c.name) && rows.every((r) => r[c.name] != null));
  const category = columns.find((c) => c.type === "string");
  const x = date ?? year ?? category;
  if (!x) return { kind: "none", reason: "结果中没有类别列或日期列，不画图。" };
  const y = columns.find((c) => c !== x && c.type === "number" && !NOT_A_MEASURE.test(c.name) && !isYearColumn(c, rows));
  if (!y) return { kind: "none", reason: "结果中没有数值列，不画图。" };
  const unique = distinct(rows, x.name);
  if (x === date || x === year) {
    return unique ? { kind: "line", x: x.name, y: y.name, temporal: x === date ? "date" : "year" } : { kind: "dot", x: x.name, y: y.name };
  }
  return unique && rows.length <= MAX_BARS ? { kind: "bar", x: x.name, y: y.name } : { kind: "dot", x: x.name, y: y.name };
}
