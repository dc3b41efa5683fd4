import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CDN_PREFIX, createOfflineNpm, MISSING_VERSION, REGISTRY_PREFIX } from "../../data/offline/handler.ts";
import { installOfflineFetch } from "../../data/offline/install.ts";

const handle = createOfflineNpm(resolve("node_modules"));
const d3Version: string = JSON.parse(readFileSync("node_modules/d3/package.json", "utf8")).version;

describe("createOfflineNpm", () => {
  it("answers a registry version list with the installed versions", async () => {
    const res = await handle(`${REGISTRY_PREFIX}d3`);
    const body = await res!.json();
    expect(Object.keys(body.versions)).toContain(d3Version);
  });

  it("answers the latest dist-tag with the top-level installed version", async () => {
    const body = await (await handle(`${REGISTRY_PREFIX}apache-arrow/latest`))!.json();
    expect(body.version).toMatch(/^17\./);
  });

  it("bundles d3's real ESM entry with its d3-* dependencies left as /npm/ imports", async () => {
    const res = (await handle(`${CDN_PREFIX}d3@${d3Version}/+esm`))!;
    expect(res.headers.get("content-type")).toMatch(/^application\/javascript/);
    const source = await res.text();
    expect(source).toMatch(/from"\/npm\/d3-array@3\.\d+\.\d+\/\+esm"/);
    expect(source).not.toMatch(/function ascending/);
  });

  it("serves package files such as the DuckDB-WASM worker byte for byte", async () => {
    const res = (await handle(`${CDN_PREFIX}@duckdb/duckdb-wasm@1.29.0/dist/duckdb-mvp.wasm`))!;
    expect(res.headers.get("content-type")).toBe("application/wasm");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
  });

  it("answers a package that is not installed with a module that throws a clear error", async () => {
    const version = (await (await handle(`${REGISTRY_PREFIX}leaflet/latest`))!.json()).version;
    expect(version).toBe(MISSING_VERSION);
    const source = await (await handle(`${CDN_PREFIX}leaflet@${version}/+esm`))!.text();
    expect(source).toContain("npm:leaflet is not installed");
  });

  it("returns 404 for a missing file and refuses paths outside the package", async () => {
    expect((await handle(`${CDN_PREFIX}d3@${d3Version}/nope.js`))!.status).toBe(404);
    expect((await handle(`${CDN_PREFIX}d3@${d3Version}/../../package.json`))!.status).toBe(404);
  });

  it("ignores URLs of other hosts", async () => {
    expect(await handle("https://example.com/x")).toBeUndefined();
  });
});

describe("installOfflineFetch", () => {
  it("refuses any request to a host other than the npm CDN, the registry or localhost", async () => {
    const saved = globalThis.fetch;
    try {
      installOfflineFetch(resolve("node_modules"));
      await expect(fetch("https://fonts.googleapis.com/css2?family=x")).rejects.toThrow(
        /offline build: refusing request to https:\/\/fonts/,
      );
      const res = await fetch(`${REGISTRY_PREFIX}d3/latest`);
      expect((await res.json()).version).toBe(d3Version);
    } finally {
      globalThis.fetch = saved;
    }
  });
});
