import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { NPM_PATCHES, patchNpmCache, patchNpmFile } from "../../data/offline/patches.ts";

const pkgDir = join(process.cwd(), "node_modules", "@duckdb", "duckdb-wasm");
const version = (JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string }).version;

describe("npm patches", () => {
  it.each(NPM_PATCHES.map((p) => [p.file, p]))(
    "%s: the installed file patches to instantiateStreaming(fetch(url)), once",
    (_file, patch) => {
      const source = readFileSync(join(pkgDir, patch.file), "utf8");
      const patched = patch.apply(source);
      expect(patched).not.toContain('typeof TransformStream=="function"');
      expect(patched).not.toContain("instantiating without progress handler");
      expect(patched).toContain("WebAssembly.instantiateStreaming(fetch(n),e)");
      expect(patch.apply(patched)).toBe(patched);
    },
  );

  it("a file whose code changed (another package version) fails loudly instead of shipping unpatched", () => {
    expect(() => NPM_PATCHES[0].apply("console.log('duckdb 9.9')")).toThrow(/exactly one.*upgraded/);
  });

  it("patchNpmFile leaves files without a patch untouched", () => {
    const js = Buffer.from("export const x = 1;");
    expect(patchNpmFile("@duckdb/duckdb-wasm", "dist/duckdb-browser.mjs", js)).toBe(js);
    expect(patchNpmFile("d3", "dist/duckdb-browser-eh.worker.js", js)).toBe(js);
  });

  it("patchNpmCache patches Framework's cached copy once", () => {
    const cache = mkdtempSync(join(tmpdir(), "npm-cache-"));
    const file = join(cache, "_npm", "@duckdb", `duckdb-wasm@${version}`, "dist", "duckdb-browser-eh.worker.js");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, readFileSync(join(pkgDir, "dist", "duckdb-browser-eh.worker.js")));
    expect(patchNpmCache(cache)).toEqual([file]);
    expect(readFileSync(file, "utf8")).not.toContain('typeof TransformStream=="function"');
    expect(patchNpmCache(cache)).toEqual([]);
    expect(patchNpmCache(join(cache, "missing"))).toEqual([]);
  });
});
