import { describe, expect, it } from "vitest";
import { acceptsEncoding, cacheControl, IMMUTABLE_CACHE, isImmutableAsset, REVALIDATE_CACHE } from "../../data/site/assets.ts";

describe("isImmutableAsset", () => {
  // Paths as Framework 1.13 writes them into dist/ (see npm run build).
  it.each([
    ["/_observablehq/client.034ffcfa.js", true],
    ["/_observablehq/stdlib/duckdb.2b4d3f1b.js", true],
    ["/_import/components/db.16cd4993.js", true],
    ["/_import/style.7f1aa5fb.css", true],
    ["/_file/data/corpus/corpus.a5eb5c6d.duckdb", true],
    ["/_npm/d3@7.9.2/3823780a.js", true],
    ["/_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-browser-eh.worker.b2f0d826.js", true],
    ["/_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm", true],
    ["/_npm/parquet-wasm@0.8.0/esm/parquet_wasm_bg.wasm", true],
    ["/index.html", false],
    ["/indicators", false],
    ["/reports/45a71b88f5ba59cd", false],
    ["/favicon.svg", false],
    ["/_file/notes.txt", false],
    ["/_npm/left-pad/index.js", false],
    ["/data/x.1a2b3c4d.csv", false],
  ])("%s → %s", (path, immutable) => {
    expect(isImmutableAsset(path)).toBe(immutable);
    expect(cacheControl(path)).toBe(immutable ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
  });
});

describe("acceptsEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br", true],
    ["gzip, deflate, br, zstd", "gzip", true],
    ["gzip, deflate", "br", false],
    ["br;q=0, gzip", "br", false],
    ["br;q=0.5", "br", true],
    ["*", "br", true],
    ["*;q=0", "gzip", false],
    ["gzip;q=0, *", "gzip", false],
    ["identity", "gzip", false],
    [undefined, "gzip", false],
  ])("%s accepts %s: %s", (header, coding, expected) => {
    expect(acceptsEncoding(header, coding)).toBe(expected);
  });
});
