// Held-out score: four work reports set aside before tuning (bench/holdout/indicators/SOURCES.md),
// scored against a table written by hand at the end. Reports the numbers; asserts only that the
// score is computed over the whole hand table, so a lower score is visible, not hidden.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HOLDOUT } from "../../bench/holdout/indicators/expected.ts";
import { buildTables, score } from "./table.ts";

const DIR = join(import.meta.dirname, "../../bench/holdout/indicators");

describe("held-out work reports", () => {
  it("scores the analyst's table (cells right / cells in the hand table; cells invented)", () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    const s = score(HOLDOUT, buildTables(DIR, files));
    console.log(
      `held-out: ${s.right}/${s.cells} cells right (${((100 * s.right) / s.cells).toFixed(1)}%), ${s.invented} invented\n` +
        [...s.wrong.map((w) => `wrong ${w}`), ...s.missing.map((m) => `missing ${m}`), ...s.extra.map((e) => `invented ${e}`)].join("\n"),
    );
    expect(s.cells).toBe(35);
    expect(s.right + s.wrong.length + s.missing.length).toBe(s.cells);
  });
});
