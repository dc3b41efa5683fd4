import { describe, expect, it } from "vitest";
import { resolveEntry } from "../../data/offline/entry.ts";
import type { PackageJson } from "../../data/offline/packages.ts";

const pkg = (fields: Partial<PackageJson>): PackageJson => ({ name: "p", version: "1.0.0", ...fields });

describe("resolveEntry", () => {
  it.each([
    [
      "apache-arrow picks import over node",
      pkg({ exports: { ".": { node: { import: "./Arrow.node.mjs" }, import: { types: "./a.d.ts", default: "./Arrow.dom.mjs" } } } }),
      "",
      "Arrow.dom.mjs",
    ],
    ["d3 skips the umd condition", pkg({ exports: { umd: "./dist/d3.min.js", default: "./dist/d3.mjs" } }), "", "dist/d3.mjs"],
    ["browser condition wins when listed first", pkg({ exports: { browser: "./b.js", node: "./n.js", default: "./d.js" } }), "", "b.js"],
    ["string exports", pkg({ exports: "./index.mjs" }), "", "index.mjs"],
    ["subpath export", pkg({ exports: { ".": "./i.js", "./esm": { types: "./e.d.ts", default: "./esm/p.js" } } }), "esm", "esm/p.js"],
    ["pattern export", pkg({ exports: { "./*": { import: { default: "./*.mjs" } } } }), "util/x", "util/x.mjs"],
    ["module field without exports", pkg({ module: "./src/index.js", main: "./dist/index.cjs" }), "", "src/index.js"],
    ["main field as last resort", pkg({ main: "lib/main.js" }), "", "lib/main.js"],
    ["subpath file without exports", pkg({ module: "m.js" }), "dist/duckdb-browser-eh.worker.js", "dist/duckdb-browser-eh.worker.js"],
  ])("resolveEntry: %s", (_title, json, subpath, expected) => {
    expect(resolveEntry(json, subpath)).toBe(expected);
  });

  it("resolveEntry falls back to the subpath when exports has no such key", () => {
    expect(resolveEntry(pkg({ exports: { ".": "./i.js" } }), "dist/x.js")).toBe("dist/x.js");
  });
});
