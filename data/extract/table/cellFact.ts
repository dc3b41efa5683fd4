import type { FactDraft } from "../../types.ts";
import { extractFacts } from "../extract.ts";
import type { Cell } from "./cells.ts";
import { CELL_NUMBER, GROWTH_HEADER, HEADER_UNIT, POINTS_HEADER, SHARE_HEADER, SUB_ROW, UNIT_VALUE_CELL } from "./lexicon.ts";

/** What decides a column's facts: its header, and the unit of its cells when the table gives one. */
export interface Column {
  header: string;
  unit: string | null;
}

/** The unit a row label gives its own cells in brackets at its end (社会消费品零售总额(亿元)), or null. */
export function rowUnit(label: string): string | null {
  const m = HEADER_UNIT.exec(label);
  if (!m || m.index + m[0].length !== label.length) return null;
  // Only a unit the extractor reads (亿元, 万吨): 地区生产总值(GDP) names the row, it gives no unit.
  const read = extractFacts(`1${m[1]}`, { year: null, mode: "review" });
  return read.length === 1 && read[0]!.kind !== "threshold" && read[0]!.kind !== "ratio" ? m[1]! : null;
}

/**
 * The one fact of a cell holding a number with its own unit (162817吨 → 162817 t, 44383头 → count), read by the
 * sentence extractor; null for anything else (2023年 is a year, not a value).
 */
export function unitValueFact(text: string): FactDraft | null {
  if (!UNIT_VALUE_CELL.test(text)) return null;
  const read = extractFacts(text, { year: null, mode: "review" });
  if (read.length !== 1) return null;
  const f = read[0]!;
  return f.start === 0 && f.end === text.length && f.kind !== "threshold" && f.kind !== "ratio" ? f : null;
}

/** A value cell of a table: a bare number, or a number with its own unit. */
export function isValueCell(text: string): boolean {
  return CELL_NUMBER.test(text) || unitValueFact(text) !== null;
}

/** Value of a numeric cell as written (−3.2 → -3.2, ﹢33.3 → 33.3, 1,234 → 1234). */
function cellValue(text: string): number {
  return Number(
    text
      .replace(/[−－﹣]/, "-")
      .replace(/[+＋﹢]/, "")
      .replace(/,/g, ""),
  );
}

/**
 * The fact of one numeric cell, or null when the table does not say what it measures (a column of
 * amounts whose unit is nowhere in the table: unknown beats wrong). A growth, points or share column
 * gives percent/pp; another column takes the row's or the table's unit, read by the sentence
 * extractor itself (3846.2 + 万吨 → 38462000 t, 512.7 + 亿千瓦时 → kWh, 298.2 + 万辆 → count).
 * Offsets are document offsets of the cell; metric is the row label.
 */
export function cellFact(label: string, cell: Cell, column: Column): (FactDraft & { docStart: number }) | null {
  const own = rowUnit(label);
  const named = own === null ? label : label.slice(0, label.length - own.length - 2);
  const metric = named.replace(SUB_ROW, "").replace(/\s+/g, "") || null;
  const base = {
    start: 0,
    end: 0,
    text: cell.text,
    metric,
    period: null,
    is_target: false,
    target_basis: null,
    indicator: null,
    value_low: null,
    value_high: null,
    docStart: cell.start,
  };
  if (!CELL_NUMBER.test(cell.text)) {
    // A cell with its own unit says what it measures, whatever the column's header.
    const f = unitValueFact(cell.text);
    if (!f) return null;
    return {
      ...base,
      value: f.value,
      value_max: null,
      unit: f.unit,
      unit_text: f.unit_text,
      classifier: f.classifier,
      kind: f.kind,
      qualifier: null,
    };
  }
  const value = cellValue(cell.text);
  if (!Number.isFinite(value)) return null;
  if (POINTS_HEADER.test(column.header)) {
    return { ...base, value, value_max: null, unit: "pp", unit_text: "百分点", classifier: null, kind: "growth", qualifier: null };
  }
  if (GROWTH_HEADER.test(column.header) || SHARE_HEADER.test(column.header) || column.unit === "%" || column.unit === "％") {
    const kind = GROWTH_HEADER.test(column.header) ? "growth" : "share";
    return { ...base, value, value_max: null, unit: "percent", unit_text: "%", classifier: null, kind, qualifier: null };
  }
  if (column.unit === null || value < 0) return null;
  const read = extractFacts(`${cell.text.replace(/[+＋﹢,]/g, "")}${column.unit}`, { year: null, mode: "review" });
  if (read.length !== 1) return null;
  const f = read[0]!;
  if (f.kind === "threshold" || f.kind === "ratio") return null;
  return {
    ...base,
    value: f.value,
    value_max: null,
    unit: f.unit,
    unit_text: column.unit,
    classifier: f.classifier,
    kind: f.kind,
    qualifier: null,
  };
}
