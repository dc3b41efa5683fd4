// Fifth held-out set (bench/holdout/indicators5/SOURCES.md: prefecture-level city reports of 陕西, 湖北, 广西 and
// 湖北's 2026 report), the round's final blind set: scored once (20/20, 1 invented from a mistyped optional cell,
// corrected after; RESULTS.md). It now guards against regressions: every hand cell right, none invented.
import { describe, expect, it } from "vitest";
import { scoreSet } from "../../bench/holdout/indicators3/scoring.ts";
import { EXPECTED, OPTIONAL, REGION } from "../../bench/holdout/indicators5/expected.ts";

const DIR = new URL("../../bench/holdout/indicators5/", import.meta.url).pathname;

describe("fifth held-out set", () => {
  it("scores indicator_values (cells right / hand cells; rows invented)", () => {
    const t = scoreSet(DIR, { EXPECTED, REGION, OPTIONAL });
    console.log(`held-out 5: ${t.right}/${t.cells} cells right, ${t.invented} invented\n${t.report.join("\n")}`);
    expect(t.cells).toBe(20);
    expect(t.right, t.report.join("\n")).toBe(20);
    expect(t.invented, t.report.join("\n")).toBe(0);
  });
});
