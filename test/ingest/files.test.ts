import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareCodeUnits, listInputFiles, relativeName } from "../../data/ingest/index.ts";

describe("listInputFiles", () => {
  it("listInputFiles walks directories for every file (ingest reports other formats as skipped), skips hidden entries, keeps named files and missing paths, sorted", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-files-"));
    mkdirSync(join(dir, "b", "nested"), { recursive: true });
    mkdirSync(join(dir, ".git"));
    for (const f of ["a.txt", "b/nested/c.MD", "b/d.csv", ".hidden.txt", ".git/e.txt", "b/Z.txt"]) writeFileSync(join(dir, f), "x");
    const named = join(dir, "b", "d.csv");
    const missing = join(dir, "missing.txt");
    expect(await listInputFiles([dir, named, missing, join(dir, "a.txt")])).toEqual(
      [join(dir, "a.txt"), join(dir, "b", "Z.txt"), named, join(dir, "b", "nested", "c.MD"), missing].sort(compareCodeUnits),
    );
  });
});

describe("relativeName", () => {
  it("relativeName is relative to the root with forward slashes", () => {
    expect(relativeName("/work/main", "/work/main/seeds/000.txt")).toBe("seeds/000.txt");
    expect(relativeName("/work/main/seeds", "/work/other/a.txt")).toBe("../../other/a.txt");
  });
});

describe("compareCodeUnits", () => {
  it("compareCodeUnits orders by UTF-16 code units, not locale", () => {
    expect(["b", "B", "a", "济", "_"].sort(compareCodeUnits)).toEqual(["B", "_", "a", "b", "济"]);
  });
});
