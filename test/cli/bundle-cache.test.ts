import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedBundle, ROOT } from "../../data/cli/bundle-cache.mjs";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// A throw-away entry inside the repository (bundles resolve from the root), under node_modules/.cache.
function entry(source: string): string {
  const dir = mkdtempSync(join(ROOT, "node_modules", ".cache", "bundle-test-"));
  made.push(dir);
  const file = join(dir, "entry.ts");
  writeFileSync(file, source);
  return relative(ROOT, file);
}

describe("cachedBundle", () => {
  it("bundles an entry once and reuses the file while its inputs are unchanged", () => {
    const path = entry(`export const answer: number = 42;\n`);
    const first = cachedBundle("test", path)!;
    expect(readFileSync(first, "utf8")).toContain("42");
    const built = statSync(first).mtimeMs;
    expect(cachedBundle("test", path)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(built);
  });

  it("rebuilds when an input file changes", () => {
    const path = entry(`export const answer: number = 42;\n`);
    const file = cachedBundle("test", path)!;
    writeFileSync(join(ROOT, path), `export const answer: number = 43;\n`);
    // A different modification time, even within the file system's timestamp resolution.
    utimesSync(join(ROOT, path), new Date(), new Date(Date.now() + 5000));
    expect(cachedBundle("test", path)).toBe(file);
    expect(readFileSync(file, "utf8")).toContain("43");
  });
});
