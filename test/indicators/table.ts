// The analyst's table for work reports, and how a built table is scored against a hand-written one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deriveIndicatorTables } from "../../data/indicators/derive.ts";
import { processDocument } from "../../data/ingest/process.ts";
import type { DocumentRow, FactRow, IndicatorValueRow } from "../../data/types.ts";

/** The cells an analyst reads off a work report of year R: last year's results and this year's targets. */
export const CELLS = [
  ["gdp", "level", "result"],
  ["gdp", "growth", "result"],
  ["gdp", "growth", "target"],
  ["general_budget_revenue", "level", "result"],
  ["general_budget_revenue", "growth", "result"],
  ["general_budget_revenue", "growth", "target"],
  ["unemployment_rate", "level", "result"],
  ["unemployment_rate", "level", "target"],
  ["cpi", "growth", "result"],
  ["cpi", "growth", "target"],
  ["urban_jobs", "level", "result"],
  ["urban_jobs", "level", "target"],
] as const;

/** One hand-written cell: value in the base unit (yuan, percent, persons), `high` for a range's upper end. */
export interface HandCell {
  value: number;
  high?: number;
}

/** Hand table: file → "indicator/measure/scope" → cell (results are of R−1, targets of R). */
export type HandTable = Record<string, Record<string, HandCell>>;

export const cellKey = (indicator: string, measure: string, scope: string) => `${indicator}/${measure}/${scope}`;

/** Ingests the files one by one (regions unknown: one table per document) and returns the rows of each. */
export function buildTables(dir: string, files: readonly string[]): Map<string, { doc: DocumentRow; values: IndicatorValueRow[] }> {
  const out = new Map<string, { doc: DocumentRow; values: IndicatorValueRow[] }>();
  for (const file of files) {
    const r = processDocument(file, new Uint8Array(readFileSync(join(dir, file))));
    if (!r.ok) throw new Error(`${file}: ${r.error.stage}: ${r.error.message}`);
    const facts: FactRow[] = r.facts;
    out.set(file, { doc: r.document, values: deriveIndicatorTables([r.document], facts).indicator_values });
  }
  return out;
}

const close = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export interface Score {
  right: number;
  cells: number;
  invented: number;
  wrong: string[];
  missing: string[];
  extra: string[];
}

/** Cells right / cells in the hand table, and cells the table has that the hand table does not (invented). */
export function score(hand: HandTable, built: ReturnType<typeof buildTables>): Score {
  const s: Score = { right: 0, cells: 0, invented: 0, wrong: [], missing: [], extra: [] };
  for (const [file, { doc, values }] of built) {
    const report = doc.report_year;
    const want = hand[file] ?? {};
    for (const [indicator, measure, scope] of CELLS) {
      const key = cellKey(indicator, measure, scope);
      const year = report === null ? null : scope === "result" ? report - 1 : report;
      // The report's own region's row: a place inside it (兰州新区经济总量突破500亿元) has rows of its own.
      const got = values.find(
        (v) =>
          v.region === doc.region &&
          v.indicator === indicator &&
          v.measure === measure &&
          v.scope === scope &&
          v.ref_year === year &&
          v.ref_period === "year",
      );
      const expected = want[key];
      if (expected) {
        s.cells++;
        const ok = got && close(got.value, expected.value) && (expected.high === undefined || close(got.value_high, expected.high));
        if (ok) s.right++;
        else if (got)
          s.wrong.push(`${file} ${key}: want ${expected.value}${expected.high ? `–${expected.high}` : ""}, got ${got.value} (${got.text})`);
        else s.missing.push(`${file} ${key}: want ${expected.value}`);
      } else if (got) {
        s.invented++;
        s.extra.push(`${file} ${key}: ${got.value} (${got.text})`);
      }
    }
  }
  return s;
}
