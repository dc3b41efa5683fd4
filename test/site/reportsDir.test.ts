import { describe, expect, it } from "vitest";
import { corpusName } from "../../data/site/reportsDir.ts";

describe("corpusName", () => {
  it.each([
    ["seeds", "seeds/"],
    ["bench/holdout/indicators3/", "indicators3/"],
    ["/home/analyst/2025工作报告", "2025工作报告/"],
    ["C:\\reports\\山东", "山东/"],
  ])("%s → %s (the folder's own name, never the machine's path)", (dir, name) => {
    expect(corpusName(dir)).toBe(name);
  });
});
