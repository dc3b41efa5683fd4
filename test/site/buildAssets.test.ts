import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { dropUnusedDuckDBBundles, duckdbBundles, precompress, preloadDuckDB, preloadTag } from "../../data/site/buildAssets.ts";

const NPM = "_npm/@duckdb/duckdb-wasm@1.29.0/dist";
// The start of Framework 1.13's built DuckDB client (`duckdb: {platforms: {mvp: false}}`), as esbuild minifies it.
// The start of Framework 1.13's built DuckDB client, as esbuild minifies it.
const CLIENT = `var u;import*as l from"../../_npm/@duckdb/duckdb-wasm@1.29.0/777a0533.js";var $=Object.defineProperty,U={platforms:{mvp:!0,eh:!0},extensions:{}};const d={mvp:{mainModule:import.meta.resolve("../../${NPM}/duckdb-mvp.wasm"),mainWorker:import.meta.resolve("../../${NPM}/duckdb-browser-mvp.worker.18a8af1f.js")},eh:{mainModule:import.meta.resolve("../../${NPM}/duckdb-eh.wasm"),mainWorker:import.meta.resolve("../../${NPM}/duckdb-browser-eh.worker.0c1d2e3f.js")}},q=l.selectBundle(d);`;
const PAGE = (prefix: string, duckdb: boolean) =>
  `<head>\n<link rel="modulepreload" href="${prefix}_observablehq/client.034ffcfa.js">\n${duckdb ? `<link rel="modulepreload" href="${prefix}_observablehq/stdlib/duckdb.2b4d3f1b.js">\n` : ""}</head><body>${"<p>报告工作台</p>".repeat(100)}<script type="module">${duckdb ? `registerFile("./data/corpus/corpus.duckdb", {"name":"./data/corpus/corpus.duckdb","path":"${prefix}_file/data/corpus/corpus.a2520080.duckdb","lastModified":1795815544019,"size":2895872});` : ""}</script></body>`;

function write(dir: string, path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

function site(client = CLIENT): string {
  const dir = mkdtempSync(join(tmpdir(), "build-assets-"));
  write(dir, "_observablehq/stdlib/duckdb.2b4d3f1b.js", client);
  for (const f of ["duckdb-mvp.wasm", "duckdb-eh.wasm", "duckdb-browser-mvp.worker.18a8af1f.js", "duckdb-browser-eh.worker.0c1d2e3f.js"]) {
    write(dir, `${NPM}/${f}`, `${f} `.repeat(400));
  }
  write(dir, "indicators.html", PAGE("./", true));
  write(dir, "reports/abc.html", PAGE("../", true));
  write(dir, "index.html", PAGE("./", false));
  write(dir, "_file/facts.1a2b3c4d.parquet", randomBytes(4000));
  write(dir, "_file/noise.1a2b3c4d.arrow", randomBytes(4000));
  write(dir, "_file/tiny.1a2b3c4d.json", "{}");
  return dir;
}

describe("duckdbBundles", () => {
  it("reads the platforms and their files from the built client", () => {
    expect(duckdbBundles(site())).toEqual([
      { platform: "mvp", wasm: `${NPM}/duckdb-mvp.wasm`, worker: `${NPM}/duckdb-browser-mvp.worker.18a8af1f.js` },
      { platform: "eh", wasm: `${NPM}/duckdb-eh.wasm`, worker: `${NPM}/duckdb-browser-eh.worker.0c1d2e3f.js` },
    ]);
  });

  it("is empty for a site without DuckDB, and refuses a client it cannot read", () => {
    expect(duckdbBundles(mkdtempSync(join(tmpdir(), "no-duckdb-")))).toEqual([]);
    expect(() => duckdbBundles(site("export const x = 1;"))).toThrow(/names no eh bundle/);
    expect(() => duckdbBundles(site(CLIENT.replace(/,eh:\{mainModule.*\}\}/, "}")))).toThrow(/names no eh bundle/);
  });
});

describe("dropUnusedDuckDBBundles", () => {
  it("removes the wasm and worker of the platform the client does not offer, and keeps the other", () => {
    const dir = site();
    expect(dropUnusedDuckDBBundles(dir)).toEqual([`${NPM}/duckdb-mvp.wasm`, `${NPM}/duckdb-browser-mvp.worker.18a8af1f.js`]);
    expect(existsSync(join(dir, NPM, "duckdb-mvp.wasm"))).toBe(false);
    expect(existsSync(join(dir, NPM, "duckdb-eh.wasm"))).toBe(true);
    expect(existsSync(join(dir, NPM, "duckdb-browser-eh.worker.0c1d2e3f.js"))).toBe(true);
  });

  it("keeps the bundle the browser loads even when it is the only one", () => {
    const dir = site(CLIENT.replace(/mvp:\{mainModule.*?\},eh/, "mvp:void 0,eh"));
    expect(dropUnusedDuckDBBundles(dir)).toEqual([]);
    expect(existsSync(join(dir, NPM, "duckdb-eh.wasm"))).toBe(true);
  });
});

describe("preloadDuckDB", () => {
  it("preloads the wasm on pages that load the DuckDB client, with URLs relative to each page, once", () => {
    const dir = site();
    expect(preloadDuckDB(dir)).toBe(2);
    const top = readFileSync(join(dir, "indicators.html"), "utf8");
    expect(top).toContain(`<script>(()=>{try{if(sessionStorage.getItem("workbench-duckdb-warm"))return}catch{}document.head.append(`);
    expect(top).toContain(`rel:"preload",as:"fetch",crossOrigin:"anonymous",type:"application/wasm",href:"./${NPM}/duckdb-eh.wasm"`);
    // What the page fetch()es itself is not preloaded (see preloadTag).
    expect(top).not.toContain('worker.0c1d2e3f.js">');
    expect(top).not.toContain('href="./_file/data/corpus');
    expect(readFileSync(join(dir, "reports/abc.html"), "utf8")).toContain(`href:"../${NPM}/duckdb-eh.wasm"`);
    expect(readFileSync(join(dir, "index.html"), "utf8")).not.toContain(`workbench-duckdb-warm`);
    expect(preloadDuckDB(dir)).toBe(0);
  });

  it("preloadTag climbs out of nested folders", () => {
    const bundle = { platform: "eh", wasm: `${NPM}/duckdb-eh.wasm`, worker: `${NPM}/w.js` };
    expect(preloadTag(bundle, "a/b/page.html")).toContain(`href:"../../${NPM}/duckdb-eh.wasm"`);
  });

  it("preloadTag's script adds the preload only while the shared worker is not known to be up", () => {
    const bundle = { platform: "eh", wasm: `${NPM}/duckdb-eh.wasm`, worker: `${NPM}/w.js` };
    const script = /<script>(.*)<\/script>/.exec(preloadTag(bundle, "page.html"))?.[1] ?? "";
    const run = (stored: string | null, refuse = false) => {
      const appended: Record<string, string>[] = [];
      const sessionStorage = {
        getItem: () => {
          if (refuse) throw new Error("denied");
          return stored;
        },
      };
      const document = { createElement: () => ({}), head: { append: (link: Record<string, string>) => appended.push(link) } };
      new Function("sessionStorage", "document", script)(sessionStorage, document);
      return appended;
    };
    expect(run(null)).toEqual([
      { rel: "preload", as: "fetch", crossOrigin: "anonymous", type: "application/wasm", href: `./${NPM}/duckdb-eh.wasm` },
    ]);
    expect(run("1")).toEqual([]);
    expect(run(null, true)).toHaveLength(1);
  });
});

describe("precompress", () => {
  it("writes .br and .gz that decode to the file, and skips tiny, incompressible and already-compressed files", async () => {
    const dir = site();
    const result = await precompress(dir);
    const page = readFileSync(join(dir, "indicators.html"));
    expect(brotliDecompressSync(readFileSync(join(dir, "indicators.html.br")))).toEqual(page);
    expect(gunzipSync(readFileSync(join(dir, "indicators.html.gz")))).toEqual(page);
    expect(existsSync(join(dir, `${NPM}/duckdb-eh.wasm.br`))).toBe(true);
    expect(existsSync(join(dir, "_file/tiny.1a2b3c4d.json.gz"))).toBe(false);
    expect(existsSync(join(dir, "_file/facts.1a2b3c4d.parquet.gz"))).toBe(false);
    expect(existsSync(join(dir, "_file/noise.1a2b3c4d.arrow.br"))).toBe(false);
    expect(result.br).toBeGreaterThan(0);
    expect(result.br).toBeLessThan(result.gz);
  });
});
