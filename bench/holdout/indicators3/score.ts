// Scores indicator_values on the third held-out set: `npx tsx bench/holdout/indicators3/score.ts`.
// Each file goes through the real pipeline (processDocument, then the derived tables). A cell is right
// when indicator_values has, for the file's region (expected.ts REGION), a yearly row with the hand value
// (and the range's upper end when the hand cell is a range) for that indicator, measure, scope and year.
// Invented: a row of a watched indicator that is neither a hand cell nor an accepted optional cell
// (rows of another region count too). Also printed: the score on the eight indicators of indicators2.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deriveIndicatorTables } from "../../../data/indicators/derive.ts";
import { processDocument } from "../../../data/ingest/process.ts";
import { EXPECTED, type HandCell, OPTIONAL, REGION } from "./expected.ts";

const NARROW = ["gdp", "gdp_per_capita", "general_budget_revenue", "unemployment_rate", "cpi", "urban_jobs", "grain_output", "population"];
const WATCHED = new Set([
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
const dir = import.meta.dirname;
const close = (a: number | null | undefined, b: number) => a != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const low = (c: HandCell) => (typeof c === "number" ? c : c.value);
const tally = { cells: 0, right: 0, invented: 0, narrowCells: 0, narrowRight: 0, narrowInvented: 0, undated: 0 };
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const want = EXPECTED[file];
  const region = REGION[file];
  if (!want || !region) throw new Error(`${file} has no hand cells or region in expected.ts`);
  const optional = OPTIONAL[file] ?? {};
  const r = processDocument(file, new Uint8Array(readFileSync(join(dir, file))));
  if (!r.ok) {
    console.log(`✗ ${file}: not read (${r.error.stage}: ${r.error.message})`);
    for (const key of Object.keys(want)) {
      tally.cells++;
      if (NARROW.includes(key.split("/")[0] ?? "")) tally.narrowCells++;
    }
    continue;
  }
  const rows = deriveIndicatorTables([r.document], r.facts).indicator_values.filter((v) => WATCHED.has(v.indicator));
  tally.undated += rows.filter((v) => v.ref_period !== "year").length;
  const yearly = rows.filter((v) => v.ref_period === "year");
  const lines: string[] = [];
  const used = new Set<(typeof yearly)[number]>();
  for (const [key, cell] of Object.entries(want)) {
    const narrow = NARROW.includes(key.split("/")[0] ?? "");
    tally.cells++;
    if (narrow) tally.narrowCells++;
    const v = yearly.find((x) => x.region === region && `${x.indicator}/${x.measure}/${x.scope}/${x.ref_year}` === key);
    if (v) used.add(v);
    const ok = v && close(v.value, low(cell)) && (typeof cell === "number" || close(v.value_high, cell.high));
    if (ok) {
      tally.right++;
      if (narrow) tally.narrowRight++;
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
    tally.invented++;
    if (NARROW.includes(v.indicator)) tally.narrowInvented++;
    lines.push(`  invented ${v.region ?? "null"} ${key}: ${v.value} (${v.text})`);
  }
  console.log(`${lines.length === 0 ? "✓" : "✗"} ${file} (region ${r.document.region ?? "null"}, report_year ${r.document.report_year})`);
  for (const line of lines) console.log(line);
}
const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
console.log(
  `indicator_values: ${tally.right}/${tally.cells} hand-checked cells right (${pct(tally.right, tally.cells)}%), ${tally.invented} invented`,
);
console.log(
  `  on indicators2's eight indicators: ${tally.narrowRight}/${tally.narrowCells} (${pct(tally.narrowRight, tally.narrowCells)}%), ${tally.narrowInvented} invented; ${tally.undated} watched rows without a yearly reference (not scored)`,
);
