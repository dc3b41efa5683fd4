// A minimal static file server for the built site (dist/), bound to 127.0.0.1.
// Handles Framework's clean URLs (/reports/x → reports/x.html) and serves
// .wasm with the MIME type browsers require for streaming compilation.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const MIME: Record<string, string> = {
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

/** Maps a URL path to a file under `root`, or undefined when there is none. */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath.split(/[?#]/)[0]));
  const base = resolve(root);
  const candidates = [path, `${path}.html`, join(path, "index.html")];
  for (const candidate of candidates) {
    const file = resolve(join(base, candidate));
    if (!file.startsWith(base)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

// Text-like files and .wasm/.duckdb shrink 3–5× with gzip; compressed once and kept in memory.
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".duckdb", ".csv", ".svg", ".txt", ".arrow"]);
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

function gzipped(file: string, mtimeMs: number): Buffer {
  const cached = gzipCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(file), { level: 6 });
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

/** Parses a single `bytes=a-b` range against a file size, or returns undefined. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  const start = match[1] === "" ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === "" || match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start <= end && start < size ? { start, end } : undefined;
}

function handle(root: string, base: string, req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? "/";
  const file = url.startsWith(base) ? resolveStaticPath(root, `/${url.slice(base.length)}`) : undefined;
  if (!file) {
    const notFound = resolveStaticPath(root, "/404");
    res.writeHead(404, { "content-type": MIME[".html"] });
    if (notFound) createReadStream(notFound).pipe(res);
    else res.end("not found");
    return;
  }
  const { size, mtimeMs } = statSync(file);
  const ext = extname(file);
  const headers: Record<string, string | number> = {
    "content-type": MIME[ext] ?? "application/octet-stream",
    "cache-control": "no-cache",
    "accept-ranges": "bytes",
    vary: "accept-encoding",
  };
  const range = parseRange(req.headers.range, size);
  if (range) {
    res.writeHead(206, {
      ...headers,
      "content-range": `bytes ${range.start}-${range.end}/${size}`,
      "content-length": range.end - range.start + 1,
    });
    createReadStream(file, range).pipe(res);
    return;
  }
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    const body = gzipped(file, mtimeMs);
    res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, "content-length": size });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
}

/** Starts serving `root` on 127.0.0.1:`port` (0 = any free port), gzip and byte ranges included; resolves with the server and its base URL. */
export async function serveStatic(root: string, port = 0, options: { base?: string } = {}): Promise<{ server: Server; url: string }> {
  if (!existsSync(root)) throw new TypeError(`serveStatic: ${root} does not exist (run npm run build first)`);
  // `base` serves the site under a sub-folder (/share/workbench/), as an intranet host might.
  const base = options.base ?? "/";
  if (!base.startsWith("/") || !base.endsWith("/")) throw new TypeError(`serveStatic: base must start and end with "/", got ${base}`);
  const server = createServer((req, res) => handle(root, base, req, res));
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${actual}${base.slice(0, -1)}` };
}
