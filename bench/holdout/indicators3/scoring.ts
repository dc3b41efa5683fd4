// Scores indicator_values on the third held-out set (see score.ts for the command and SOURCES.md for the
// set). Each file goes through the real pipeline (processDocument, then the derived tables). A cell is right
// when indicator_values has, for the file's region (expected.ts REGION), a yearly row with the hand value
// (and the range's upper end when the hand cell is a range) for that indicator, measure, scope and year.
// Invented: a row of a watched indicator that is neither a hand cell nor an accepted optional cell
// (rows of another region count too). Also counted: the eight indicators of indicators2.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deriveIndicatorTables } from "../../../data/indicators/derive.ts";
import { processDocument } from "../../../data/ingest/process.ts";
import { EXPECTED, type HandCell, type HandCells, OPTIONAL, REGION } from "./expected.ts";

/** One held-out set's hand table: the cells, each file's region and the optional cells. */
export interface HandSet {
  EXPECTED: HandCells;
  REGION: Record<string, string>;
  OPTIONAL: Record<string, Record<string, readonly number[]>>;
}

export const NARROW = [
  "gdp",
  "gdp_per_capita",
  "general_budget_revenue",
  "unemployment_rate",
  "cpi",
  "urban_jobs",
  "grain_output",
  "population",
];
export const WATCHED = new Set([
  ...NARROW,
  "tax_revenue",
  "fixed_asset_investment",
  "retail_sales",
  "industrial_value_added",
  "foreign_trade",
  "foreign_investment",
  "disposable_income",
  "urban_disposable_income",
  "rural_disposable_income",
]);

export interface Tally {
  cells: number;
  right: number;
  invented: number;
  narrowCells: number;
  narrowRight: number;
  narrowInvented: number;
  /** Watched rows without a yearly reference (not scored). */
  undated: number;
  /** Per file: its header line and its misses. */
  report: string[];
}

const close = (a: number | null | undefined, b: number) => a != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const low = (c: HandCell) => (typeof c === "number" ? c : c.value);

export function scoreIndicators3(dir: string = import.meta.dirname): Tally {
  return scoreSet(dir, { EXPECTED, REGION, OPTIONAL });
}

/** Scores every .txt file of `dir` against its hand set (indicators4 and later sets use the same rules). */
export function scoreSet(dir: string, hand: HandSet): Tally {
  const t: Tally = { cells: 0, right: 0, invented: 0, narrowCells: 0, narrowRight: 0, narrowInvented: 0, undated: 0, report: [] };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const want = hand.EXPECTED[file];
    const region = hand.REGION[file];
    if (!want || !region) throw new Error(`${file} has no hand cells or region in expected.ts`);
    const optional = hand.OPTIONAL[file] ?? {};
    const isNarrow = (key: string) => NARROW.includes(key.split("/")[0] ?? "");
    const r = processDocument(file, new Uint8Array(readFileSync(join(dir, file))));
    if (!r.ok) {
      t.report.push(`✗ ${file}: not read (${r.error.stage}: ${r.error.message})`);
      for (const key of Object.keys(want)) {
        t.cells++;
        if (isNarrow(key)) t.narrowCells++;
      }
      continue;
    }
    const rows = deriveIndicatorTables([r.document], r.facts).indicator_values.filter((v) => WATCHED.has(v.indicator));
    t.undated += rows.filter((v) => v.ref_period !== "year").length;
    const yearly = rows.filter((v) => v.ref_period === "year");
    const lines: string[] = [];
    const used = new Set<(typeof yearly)[number]>();
    for (const [key, cell] of Object.entries(want)) {
      t.cells++;
      if (isNarrow(key)) t.narrowCells++;
      const v = yearly.find((x) => x.region === region && `${x.indicator}/${x.measure}/${x.scope}/${x.ref_year}` === key);
      if (v) used.add(v);
      const ok = v && close(v.value, low(cell)) && (typeof cell === "number" || close(v.value_high, cell.high));
      if (ok) {
        t.right++;
        if (isNarrow(key)) t.narrowRight++;
      } else
        lines.push(
          v
            ? `  wrong ${key}: want ${JSON.stringify(cell)}, got ${v.value}–${v.value_high} (${v.text})`
            : `  missing ${key}: want ${JSON.stringify(cell)}`,
        );
    }
    for (const v of yearly) {
      if (used.has(v)) continue;
      const key = `${v.indicator}/${v.measure}/${v.scope}/${v.ref_year}`;
      if (v.region === region && (optional[key] ?? []).some((x) => close(v.value, x))) continue;
      t.invented++;
      if (NARROW.includes(v.indicator)) t.narrowInvented++;
      lines.push(`  invented ${v.region ?? "null"} ${key}: ${v.value} (${v.text})`);
    }
    t.report.push(
      `${lines.length === 0 ? "✓" : "✗"} ${file} (region ${r.document.region ?? "null"}, report_year ${r.document.report_year})`,
      ...lines,
    );
  }
  return t;
}

/** Prints a tally as the score scripts do. */
export function printTally(t: Tally): void {
  const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
  for (const line of t.report) console.log(line);
  console.log(`indicator_values: ${t.right}/${t.cells} hand-checked cells right (${pct(t.right, t.cells)}%), ${t.invented} invented`);
  console.log(
    `  on indicators2's eight indicators: ${t.narrowRight}/${t.narrowCells} (${pct(t.narrowRight, t.narrowCells)}%), ${t.narrowInvented} invented; ${t.undated} watched rows without a yearly reference (not scored)`,
  );
}
