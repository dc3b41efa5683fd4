import { existsSync, mkdirSync, mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintInputs, listLoaders, loaderOutputs, refreshLoaders } from "../../data/site/freshness.ts";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "fresh-"));
  mkdirSync(join(root, "seeds"));
  mkdirSync(join(root, "data"));
  mkdirSync(join(root, "src", "data"), { recursive: true });
  writeFileSync(join(root, "seeds", "a.txt"), "上半年，实现地区生产总值43.31亿元");
  writeFileSync(join(root, "data", "x.ts"), "export const x = 1;");
  writeFileSync(join(root, "src", "data", "corpus.tar.ts"), "// loader");
  writeFileSync(join(root, "src", "data", "helper.ts"), "// not a loader");
  const old = new Date(Date.now() - 60_000);
  utimesSync(join(root, "src", "data", "corpus.tar.ts"), old, old);
  return root;
}

describe("refreshLoaders", () => {
  it("listLoaders finds only files with a data extension before .ts", () => {
    const root = project();
    expect(listLoaders(root).map((f) => f.slice(root.length))).toEqual(["/src/data/corpus.tar.ts"]);
  });

  it("refreshLoaders touches loaders on the first run and after a seed is added, edited or removed, not otherwise", () => {
    const root = project();
    const loader = join(root, "src", "data", "corpus.tar.ts");
    const mtime = () => statSync(loader).mtimeMs;
    expect(refreshLoaders(root)).toBe(true);
    const first = mtime();
    expect(refreshLoaders(root)).toBe(false);
    expect(mtime()).toBe(first);
    writeFileSync(join(root, "seeds", "b.txt"), "新增“四上”企业17家");
    expect(refreshLoaders(root)).toBe(true);
    expect(mtime()).toBeGreaterThan(first);
    writeFileSync(join(root, "data", "x.ts"), "export const x = 2;");
    expect(refreshLoaders(root)).toBe(true);
  });

  it("fingerprintInputs changes when a file is renamed with the same content", () => {
    const root = project();
    const before = fingerprintInputs(root);
    writeFileSync(join(root, "seeds", "c.txt"), "上半年，实现地区生产总值43.31亿元");
    expect(fingerprintInputs(root)).not.toBe(before);
  });
});

describe("loaderOutputs", () => {
  it("loaderOutputs names the cached file and the folder of archive members", () => {
    expect(loaderOutputs("/p", "/p/src/data/corpus.tar.ts")).toEqual([
      "/p/src/.observablehq/cache/data/corpus.tar",
      "/p/src/.observablehq/cache/data/corpus",
    ]);
  });

  it("refreshLoaders deletes stale cached outputs when inputs change", () => {
    const root = project();
    refreshLoaders(root);
    const [file, members] = loaderOutputs(root, join(root, "src", "data", "corpus.tar.ts"));
    mkdirSync(members, { recursive: true });
    writeFileSync(file, "old archive");
    writeFileSync(join(members, "documents.parquet"), "old member");
    writeFileSync(join(root, "seeds", "new.txt"), "完成一般公共预算收入2.6亿元");
    refreshLoaders(root);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(members)).toBe(false);
  });
});
