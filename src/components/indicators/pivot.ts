// The analyst's table as data: one row per place × indicator × measure, one column per year and
// scope (2025 实际, 2026 目标 …), each cell the chosen figure. Pure: pages render it, tests read it.
import { labelUnit } from "../../contract/index.js";
import { figureText, formatValue } from "../format.js";
import { indicatorLabel, indicatorOrder } from "./labels.js";

/** The fields of an indicator_values row the table needs (plus the report's title for an unknown region). */
export interface PivotCell {
  region: string | null;
  indicator: string;
  measure: string;
  /** Null when the report does not tell the year. */
  ref_year: number | null;
  /** The period as written when shorter than a year (上半年), else null. */
  period?: string | null;
  scope: string;
  fact_id: string;
  doc_id: string;
  value: number;
  value_low: number | null;
  value_high: number | null;
  unit: string;
  /** The chosen fact's classifier (户, 家, 人) when the unit is a count. */
  classifier?: string | null;
  qualifier: string | null;
  text: string;
  title: string;
}

export interface PivotColumn {
  key: string;
  year: number | null;
  period: string | null;
  scope: string;
}

export interface PivotRow {
  key: string;
  /** The region, or the report's title while its region is unknown. */
  place: string;
  regionKnown: boolean;
  indicator: string;
  measure: string;
  label: string;
  cells: Record<string, PivotCell>;
}

/** A cell's figure as an analyst writes it: 5%–5.5%, 5.5%左右, 110万人以上, 10.3万亿元. */
export function cellText(cell: Pick<PivotCell, "value" | "value_low" | "value_high" | "unit" | "classifier" | "qualifier">): string {
  const one = (v: number) => formatValue(v, cell.unit, cell.classifier);
  if (cell.value_low != null && cell.value_high != null) return `${one(cell.value_low)}–${one(cell.value_high)}`;
  return figureText(cell);
}

const columnKey = (year: number | null, period: string | null | undefined, scope: string) => `${year ?? "?"}-${period ?? ""}-${scope}`;

/** A column's heading: 2025年实际, 2023年上半年实际, 年份不详上半年实际. */
export function columnLabel(c: PivotColumn, scopeName: (s: string) => string): string {
  return `${c.year === null ? "年份不详" : `${c.year}年`}${c.period ?? ""}${scopeName(c.scope)}`;
}

/** Pivots cells into rows (places in their first order, indicators in registry order) and year columns (results before targets). */
export function pivot(cells: readonly PivotCell[]): { columns: PivotColumn[]; rows: PivotRow[] } {
  const columns = new Map<string, PivotColumn>();
  const rows = new Map<string, PivotRow>();
  const placeOrder = new Map<string, number>();
  for (const c of cells) {
    const placeKey = c.region ?? `doc:${c.doc_id}`;
    if (!placeOrder.has(placeKey)) placeOrder.set(placeKey, placeOrder.size);
    const col = columnKey(c.ref_year, c.period, c.scope);
    if (!columns.has(col)) columns.set(col, { key: col, year: c.ref_year, period: c.period ?? null, scope: c.scope });
    const key = `${placeKey}\u0000${c.indicator}\u0000${c.measure}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        place: c.region ?? c.title,
        regionKnown: c.region !== null,
        indicator: c.indicator,
        measure: c.measure,
        label: indicatorLabel(c.indicator, c.measure),
        cells: {},
      };
      rows.set(key, row);
    }
    row.cells[col] = c;
  }
  const placeOf = (r: PivotRow) => placeOrder.get(r.key.split("\u0000")[0]!)!;
  return {
    // Years in order (unknown last), the whole year after its parts, results before targets.
    columns: [...columns.values()].sort(
      (a, b) =>
        (a.year ?? 99999) - (b.year ?? 99999) ||
        (a.period === null ? 1 : 0) - (b.period === null ? 1 : 0) ||
        (a.period ?? "").localeCompare(b.period ?? "") ||
        (a.scope === "result" ? -1 : 1) - (b.scope === "result" ? -1 : 1),
    ),
    rows: [...rows.values()].sort(
      (a, b) =>
        placeOf(a) - placeOf(b) ||
        indicatorOrder(a.indicator) - indicatorOrder(b.indicator) ||
        (a.measure < b.measure ? 1 : a.measure > b.measure ? -1 : 0),
    ),
  };
}

/** The pivot as flat records for a CSV: 地区, 指标, then one value column (base unit) and one text column per year and scope. */
export function pivotRecords(
  table: ReturnType<typeof pivot>,
  scopeName: (scope: string) => string,
): { rows: Record<string, unknown>[]; columns: string[] } {
  const head = ["地区或报告", "指标", "单位"];
  const cols = table.columns.flatMap((c) => [columnLabel(c, scopeName), `${columnLabel(c, scopeName)}（原文）`]);
  const rows = table.rows.map((r) => {
    const first = Object.values(r.cells)[0];
    const unit = first ? (first.unit === "count" && first.classifier ? first.classifier : labelUnit(first.unit)) : "";
    const out: Record<string, unknown> = { 地区或报告: r.place, 指标: r.label, 单位: unit };
    for (const c of table.columns) {
      const cell = r.cells[c.key];
      out[columnLabel(c, scopeName)] = cell ? (cell.value_high != null ? `${cell.value_low}–${cell.value_high}` : cell.value) : "";
      out[`${columnLabel(c, scopeName)}（原文）`] = cell?.text ?? "";
    }
    return out;
  });
  return { rows, columns: [...head, ...cols] };
}
