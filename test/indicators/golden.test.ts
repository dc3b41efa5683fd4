import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOLDEN } from "../fixtures/indicators/golden.ts";
import { buildTables, score } from "./table.ts";

const DIR = join(import.meta.dirname, "../fixtures/indicators/reports");

describe("the analyst's table, rebuilt from five provincial work reports", () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const built = buildTables(DIR, files);

  it("reads each as a 2026 work report", () => {
    for (const { doc } of built.values()) {
      expect(doc.kind, doc.file).toBe("work_report");
      expect(doc.report_year, doc.file).toBe(2026);
    }
  });

  it("matches the hand-written table: every cell right, none invented", () => {
    const s = score(GOLDEN, built);
    const detail = [...s.wrong, ...s.missing.map((m) => `missing ${m}`), ...s.extra.map((e) => `invented ${e}`)].join("\n");
    expect(s.cells).toBe(42);
    expect(s.right, detail).toBe(s.cells);
    expect(s.invented, detail).toBe(0);
  });
});
