// Scores indicator_values on the second held-out set: `npx tsx bench/holdout/indicators2/score.ts`.
// Each file goes through the real pipeline (processDocument, then the derived tables); a cell is right
// when indicator_values has the hand value for that indicator, measure, target/result and year.
// Invented: a cell of the indicators below that the hand table does not have.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deriveIndicatorTables } from "../../../data/indicators/derive.ts";
import { processDocument } from "../../../data/ingest/process.ts";
import { NARROW } from "../indicators3/scoring.ts";
import { EXPECTED } from "./expected.ts";

// The eight indicators this set was written for (also scored, as its narrow view, by indicators3).
const WATCHED = new Set(NARROW);
const dir = import.meta.dirname;
const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
let cells = 0;
let right = 0;
let invented = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const want = EXPECTED[file];
  if (!want) throw new Error(`${file} has no hand cells in expected.ts`);
  const r = processDocument(file, new Uint8Array(readFileSync(join(dir, file))));
  if (!r.ok) {
    console.log(`✗ ${file}: not read (${r.error.stage}: ${r.error.message}); ${Object.keys(want).length} cells missing`);
    cells += Object.keys(want).length;
    continue;
  }
  const values = deriveIndicatorTables([r.document], r.facts).indicator_values.filter((v) => v.ref_period === "year");
  const got = new Map(values.map((v) => [`${v.indicator}/${v.measure}/${v.scope}/${v.ref_year}`, v]));
  const lines: string[] = [];
  for (const [key, value] of Object.entries(want)) {
    cells++;
    const v = got.get(key);
    if (v && close(v.value, value)) right++;
    else lines.push(v ? `  wrong ${key}: want ${value}, got ${v.value} (${v.text})` : `  missing ${key}: want ${value}`);
  }
  for (const [key, v] of got) {
    if (WATCHED.has(v.indicator) && !(key in want)) {
      invented++;
      lines.push(`  invented ${key}: ${v.value} (${v.text})`);
    }
  }
  console.log(`${lines.length === 0 ? "✓" : "✗"} ${file} (region ${r.document.region ?? "null"}, report_year ${r.document.report_year})`);
  for (const line of lines) console.log(line);
}
console.log(`indicator_values: ${right}/${cells} hand-checked cells right (${((100 * right) / cells).toFixed(1)}%), ${invented} invented`);
