// What a production server must know about the built site's files: their MIME type,
// which ones never change (content-hashed or versioned by Framework) and may be cached
// for a year, and which ones are worth compressing. Shared by the build's precompression
// (buildAssets.ts) and `npm run serve` (server.ts), so both agree.

/** MIME types of the files the site contains; `.wasm` must be application/wasm for streaming compilation. */
export const MIME: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".duckdb": "application/octet-stream",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Extensions that shrink with gzip/brotli (Parquet and images are compressed already). */
export const COMPRESSIBLE: ReadonlySet<string> = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".wasm",
  ".duckdb",
  ".csv",
  ".svg",
  ".txt",
  ".arrow",
]);

/** Cache-Control of a file whose name changes whenever its content does. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** Cache-Control of everything else (pages, unhashed files): use the cached copy only after revalidating its ETag. */
export const REVALIDATE_CACHE = "no-cache";

// Framework writes every asset under these folders; names carry an 8-hex content hash
// (`corpus.a5eb5c6d.duckdb`, `_npm/d3@7.9.2/3823780a.js`) or sit under an exact npm version
// (`_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm`, whose content an npm version never changes).
const FRAMEWORK_FOLDER = /^\/(?:_observablehq|_npm|_file|_import)\//;
const HASHED_NAME = /(?:^|[./])[0-9a-f]{8}\.[a-z0-9]+$/;
const NPM_VERSION = /^\/_npm\/(?:@[^/]+\/)?[^/@]+@\d+\.\d+\.\d+[^/]*\//;

/** Whether `path` (URL path below the site's base) names a file that can never change. */
export function isImmutableAsset(path: string): boolean {
  if (!FRAMEWORK_FOLDER.test(path)) return false;
  const name = path.slice(path.lastIndexOf("/") + 1);
  return HASHED_NAME.test(name) || NPM_VERSION.test(path);
}

/** The Cache-Control header for `path`. */
export function cacheControl(path: string): string {
  return isImmutableAsset(path) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/** Content codings the build writes next to a file, in the order a server should prefer them. */
export const PRECOMPRESSED = [
  { coding: "br", suffix: ".br" },
  { coding: "gzip", suffix: ".gz" },
] as const;

/** Whether an Accept-Encoding header allows `coding` (q=0 refuses it; `*` accepts any coding not named). */
export function acceptsEncoding(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  let star: boolean | undefined;
  for (const part of header.split(",")) {
    const [token, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    const ok = q ? Number(q[1]) > 0 : true;
    if (token === coding) return ok;
    if (token === "*") star = ok;
  }
  return star ?? false;
}
