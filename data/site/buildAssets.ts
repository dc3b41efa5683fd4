// The last steps of `npm run build`, on the finished output before it replaces dist/:
// 1. ship only the DuckDB-WASM bundle the browser will load (Framework copies both);
// 2. let every page that starts DuckDB fetch its wasm at navigation start;
// 3. write `<file>.br` and `<file>.gz` beside every compressible file, so a server sends
//    them as they are instead of compressing on each request.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, extname, join, posix, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { DB_WARM_KEY } from "../../src/components/dbWarm.ts";
import { COMPRESSIBLE, PRECOMPRESSED } from "./assets.ts";

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** A DuckDB-WASM bundle as Framework's built client names it: wasm module and worker, as paths under the output. */
export interface DuckDBBundle {
  platform: string;
  wasm: string;
  worker: string;
}

/**
 * The bundle the browser loads. DuckDB-WASM's selectBundle takes `eh` (WebAssembly exception handling)
 * whenever the browser has it — Chrome/Edge 95, Firefox 100, Safari 15.2 and later — and `mvp` only
 * for older browsers, which the workbench does not support (its pages need newer features anyway).
 * Framework offers no `coi` bundle (threads need cross-origin isolation headers).
 */
export const LOADED_PLATFORM = "eh";

// The bundles Framework 1.13 compiles into its client: {mvp: {mainModule: import.meta.resolve("…/duckdb-mvp.wasm"),
// mainWorker: import.meta.resolve("…/duckdb-browser-mvp.worker.<hash>.js")}, eh: {…}}.
const RESOLVED =
  /import\.meta\.resolve\("([^"]+\/duckdb-(\w+)\.wasm)"\)[^}]*?import\.meta\.resolve\("([^"]+\/duckdb-browser-\2\.worker\.[\w.]*js)"\)/g;

/** The bundles named in the built DuckDB client, or [] when no page uses DuckDB. Throws when the client's shape is not recognized. */
export function duckdbBundles(dir: string): DuckDBBundle[] {
  const stdlib = join(dir, "_observablehq", "stdlib");
  let client: string | undefined;
  try {
    client = readdirSync(stdlib).find((f) => /^duckdb\.[0-9a-f]+\.js$/.test(f));
  } catch {}
  if (!client) return [];
  const source = readFileSync(join(stdlib, client), "utf8");
  const bundles = [...source.matchAll(RESOLVED)].map(([, wasm, platform, worker]) => ({
    platform,
    wasm: relative(dir, resolve(stdlib, wasm)),
    worker: relative(dir, resolve(stdlib, worker)),
  }));
  if (!bundles.some((b) => b.platform === LOADED_PLATFORM)) {
    throw new Error(
      `buildAssets: ${client} names no ${LOADED_PLATFORM} bundle (Framework or DuckDB-WASM upgraded?): cannot tell which bundle the browser loads`,
    );
  }
  return bundles;
}

/** Removes the wasm and worker of every bundle but the one the browser loads (Framework copies all); returns the removed paths. */
export function dropUnusedDuckDBBundles(dir: string): string[] {
  const removed: string[] = [];
  for (const bundle of duckdbBundles(dir)) {
    if (bundle.platform === LOADED_PLATFORM) continue;
    for (const file of [bundle.wasm, bundle.worker]) {
      rmSync(join(dir, file), { force: true });
      removed.push(file);
    }
  }
  return removed;
}

/** The preload of `bundle`'s wasm, with its URL relative to the page at `page` (a path under the output). */
export function preloadTag(bundle: DuckDBBundle, page: string): string {
  const rel = relative(dirname(page), bundle.wasm).split(sep).join(posix.sep);
  const href = rel.startsWith("../") ? rel : `./${rel}`;
  // The DuckDB worker fetches the wasm itself, from the HTTP cache this preload fills (or joins its download);
  // Chromium warns that the page did not use the preload, as it cannot see the worker's use. The worker script
  // and corpus.duckdb, which the page fetch()es itself, are not preloaded: a fetch() matched to an as=fetch
  // preload failed ("TypeError: Failed to fetch", no failed request) in 1 of 10 warm visits in Chromium 156
  // (0 of 12 without), and both are small. An inline script, not a <link>, so that a page opened while the
  // shared worker is up (DB_WARM_KEY set) does not read 35.7 MB from the disk cache for nothing.
  const link = `Object.assign(document.createElement("link"),{rel:"preload",as:"fetch",crossOrigin:"anonymous",type:"application/wasm",href:${JSON.stringify(href)}})`;
  return `<script>(()=>{try{if(sessionStorage.getItem(${JSON.stringify(DB_WARM_KEY)}))return}catch{}document.head.append(${link})})()</script>\n`;
}

/** Adds the wasm preload of the loaded bundle to every page that loads the DuckDB client; returns the pages changed. */
export function preloadDuckDB(dir: string): number {
  const bundle = duckdbBundles(dir).find((b) => b.platform === LOADED_PLATFORM);
  if (!bundle) return 0;
  let count = 0;
  for (const file of listFiles(dir)) {
    if (!file.endsWith(".html")) continue;
    const html = readFileSync(file, "utf8");
    const client = /<link rel="modulepreload" href="[^"]*_observablehq\/stdlib\/duckdb\.[0-9a-f]+\.js">\n/.exec(html);
    if (!client || html.includes(DB_WARM_KEY)) continue;
    const at = client.index + client[0].length;
    writeFileSync(file, html.slice(0, at) + preloadTag(bundle, relative(dir, file)) + html.slice(at));
    count++;
  }
  return count;
}

/** Brotli quality by size: 10 is within 2% of 11 at half the time; 9 keeps the 35 MB wasm at ~5 s. */
function brotliQuality(size: number): number {
  return size <= 1_000_000 ? 10 : 9;
}

/** What precompress wrote. */
export interface PrecompressResult {
  files: number;
  bytes: number;
  br: number;
  gz: number;
}

/** Writes `.br` and `.gz` beside every compressible file of at least `minBytes` where they save ≥ 5%. */
export async function precompress(dir: string, { minBytes = 512 } = {}): Promise<PrecompressResult> {
  const files = listFiles(dir).filter((f) => COMPRESSIBLE.has(extname(f)) && statSync(f).size >= minBytes);
  const result: PrecompressResult = { files: 0, bytes: 0, br: 0, gz: 0 };
  const jobs = files.flatMap((file) => PRECOMPRESSED.map((variant) => ({ file, variant })));
  // zlib runs on libuv's thread pool: a few jobs at a time use every core without holding 35 MB buffers per job.
  const queue = jobs.slice().sort((a, b) => statSync(b.file).size - statSync(a.file).size);
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const raw = readFileSync(job.file);
      const body =
        job.variant.coding === "br"
          ? await brotliAsync(raw, {
              params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(raw.length), [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
            })
          : await gzipAsync(raw, { level: 9 });
      if (body.length > raw.length * 0.95) continue;
      await writeFile(`${job.file}${job.variant.suffix}`, body);
      if (job.variant.coding === "br") result.br += body.length;
      else result.gz += body.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  result.files = files.length;
  result.bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  return result;
}

/** Runs the three steps on a finished build in `dir`; returns a one-line summary for the terminal. */
export async function finishBuild(dir: string): Promise<string> {
  const removed = dropUnusedDuckDBBundles(dir);
  const pages = preloadDuckDB(dir);
  const packed = await precompress(dir);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  return [
    removed.length ? `dropped ${removed.map((f) => f.split(sep).pop()).join(", ")} (a bundle the browser never loads)` : "",
    `preloaded DuckDB on ${pages} pages`,
    `precompressed ${packed.files} files (${mb(packed.bytes)} → br ${mb(packed.br)}, gz ${mb(packed.gz)})`,
  ]
    .filter(Boolean)
    .join("; ");
}
