// What pages show for a value of an enum column, or for null: one place for every
// label, derived from the contract's declarations.
import { columnSpec } from "./index.js";

/** Chinese label of `value` in `table.column`: the enum label, the null label, or the value itself. */
export function labelOf(tableName: string, columnName: string, value: unknown): string {
  const spec = columnSpec(tableName, columnName);
  if (value === null || value === undefined) return spec.nullLabel ?? "—";
  const text = String(value);
  return spec.values?.[text] ?? text;
}

/** Chinese heading of a column. */
export function columnLabel(tableName: string, columnName: string): string {
  return columnSpec(tableName, columnName).label;
}

/** The enum values of a column with their labels, in display order (empty for non-enum columns). */
export function enumEntries(tableName: string, columnName: string): Array<[value: string, label: string]> {
  return Object.entries(columnSpec(tableName, columnName).values ?? {});
}
