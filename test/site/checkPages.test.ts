import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPages, listPages } from "../../data/site/checkPages.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures", "pages");

describe("checkPages", () => {
  it("reports type errors and lint errors at the page's own lines", () => {
    const problems = checkPages(ROOT, [join(FIXTURES, "problems.md"), join(FIXTURES, "clean.md")]);
    const brief = problems.map((p) => `${p.file}:${p.line} ${p.source} ${p.message.split(":")[0]}`);
    expect(brief).toEqual([
      "test/fixtures/pages/problems.md:9 tsc TS2345",
      "test/fixtures/pages/problems.md:12 tsc TS2551",
      "test/fixtures/pages/problems.md:15 biome lint/suspicious/noDoubleEquals",
    ]);
  });

  it("lists the site's pages, including parameterized routes", () => {
    const pages = listPages(ROOT).map((p) => p.slice(ROOT.length + 1));
    expect(pages).toContain("src/index.md");
    expect(pages).toContain("src/reports/[id].md");
    expect(pages.some((p) => p.includes(".observablehq"))).toBe(false);
  });
});
