// Scores documents.region on the held-out reports: `npx tsx bench/holdout/regions/score.ts`.
// Runs each file through the real pipeline (processDocument) and compares region_path with the
// expected path in SOURCES.md (null expected: right only when region is null).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { processDocument } from "../../../data/ingest/process.ts";

const dir = import.meta.dirname;
const expected = new Map<string, string | null>();
for (const line of readFileSync(join(dir, "SOURCES.md"), "utf8").split("\n")) {
  const cells = line.split("|").map((c) => c.trim());
  if (!cells[1]?.endsWith(".txt")) continue;
  expected.set(cells[1], cells[3] === "null" ? null : cells[5]!);
}
let right = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const want = expected.get(file);
  if (want === undefined) throw new Error(`${file} has no expected region in SOURCES.md`);
  const result = processDocument(file, readFileSync(join(dir, file)));
  if (!result.ok) {
    // A file the pipeline refuses counts as wrong, not as an error of the scorer.
    console.log(`✗ ${file}: not read (${result.error.stage}: ${result.error.message})`);
    continue;
  }
  const got = result.document.region_path;
  const ok = got === want;
  if (ok) right++;
  console.log(`${ok ? "✓" : "✗"} ${file}: ${got ?? "null"}${ok ? "" : ` (expected ${want ?? "null"})`} — ${result.document.region_basis}`);
}
console.log(`documents.region: ${right}/${expected.size} right (${((100 * right) / expected.size).toFixed(0)}%)`);
