// A minimal static file server for the built site (dist/), bound to 127.0.0.1, that
// answers like a production server should (see README "Deploying"): Framework's clean URLs
// (/reports/x → reports/x.html), .wasm as application/wasm, the build's precompressed
// `.br`/`.gz` variants, ETags and 304s, a year of caching for hashed or versioned assets
// and revalidation for pages.
// No request can stop the process: a bad URL is 400, a file that vanished or
// cannot be read is 404/500 for that request only.
import { existsSync, statSync } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { acceptsEncoding, COMPRESSIBLE, cacheControl, MIME, PRECOMPRESSED } from "./assets.ts";

const gzipAsync = promisify(gzip);

/** Thrown for a URL path that cannot be decoded (malformed escape, NUL byte): the request gets 400. */
export class BadPathError extends Error {}

/** Maps a URL path to a file under `root`, or undefined when there is none; throws BadPathError for a malformed path. */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    throw new BadPathError(`malformed escape in ${JSON.stringify(urlPath)}`);
  }
  if (decoded.includes("\0")) throw new BadPathError(`NUL byte in ${JSON.stringify(urlPath)}`);
  const path = normalize(decoded);
  const base = resolve(root);
  const candidates = [path, `${path}.html`, join(path, "index.html")];
  for (const candidate of candidates) {
    const file = resolve(join(base, candidate));
    if (file !== base && !file.startsWith(`${base}/`)) return undefined;
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // missing, dangling symlink or unreadable folder: try the next candidate
    }
  }
  return undefined;
}

// The build writes `<file>.br` and `<file>.gz` next to every compressible file (buildAssets.ts);
// they are sent as they are. A folder built otherwise (the bench site) gets gzip on request,
// compressed once off the event loop and kept.
const gzipCache = new Map<string, { key: string; body: Promise<Buffer> }>();

function gzipped(file: string, handle: FileHandle, key: string): Promise<Buffer> {
  const cached = gzipCache.get(file);
  if (cached && cached.key === key) return cached.body;
  const body = handle.readFile().then((raw) => gzipAsync(raw, { level: 6 }));
  gzipCache.set(file, { key, body });
  body.catch(() => gzipCache.delete(file));
  return body;
}

/**
 * Parses a single `bytes=a-b` range against a file size: the range, "unsatisfiable" (answer 416),
 * or undefined when there is no usable Range header (answer the whole file, as RFC 9110 allows).
 */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | "unsatisfiable" | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match[2] !== "" && Number(match[2]) < start) return "unsatisfiable";
  return start < size && start <= end ? { start, end } : "unsatisfiable";
}

function send(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(text);
}

async function openFile(file: string): Promise<{ handle: FileHandle; size: number; mtimeMs: number } | number> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, "r");
    const info = await handle.stat();
    if (!info.isFile()) throw Object.assign(new Error("not a file"), { code: "ENOENT" });
    return { handle, size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? 404 : code === "EACCES" || code === "EPERM" ? 403 : 500;
  }
}

/** The precompressed variant of `file` the client accepts (`.br` before `.gz`), when the build wrote one not older than the file. */
async function precompressed(
  file: string,
  mtimeMs: number,
  acceptEncoding: string | undefined,
): Promise<{ handle: FileHandle; size: number; coding: string } | undefined> {
  for (const { coding, suffix } of PRECOMPRESSED) {
    if (!acceptsEncoding(acceptEncoding, coding)) continue;
    const opened = await openFile(`${file}${suffix}`);
    if (typeof opened === "number") continue;
    if (opened.mtimeMs >= mtimeMs) return { handle: opened.handle, size: opened.size, coding };
    await opened.handle.close();
  }
  return undefined;
}

function pipeFile(handle: FileHandle, res: ServerResponse, range?: { start: number; end: number }): void {
  const stream = handle.createReadStream({ ...range, autoClose: true });
  stream.on("error", () => res.destroy());
  res.on("close", () => stream.destroy());
  stream.pipe(res);
}

async function handle(root: string, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed", { allow: "GET, HEAD" });
  const url = req.url ?? "/";
  const path = url.startsWith(base) ? `/${url.slice(base.length)}` : undefined;
  let file: string | undefined;
  try {
    file = path === undefined ? undefined : resolveStaticPath(root, path);
  } catch (error) {
    if (error instanceof BadPathError) return send(res, 400, "bad request: malformed URL");
    throw error;
  }
  const opened = file ? await openFile(file) : 404;
  if (typeof opened === "number" || !file) {
    if (opened !== 404) return send(res, opened as number, opened === 403 ? "forbidden" : "could not read the file");
    let notFound: string | undefined;
    try {
      notFound = resolveStaticPath(root, "/404");
    } catch {}
    const page = notFound ? await openFile(notFound) : 404;
    res.writeHead(404, { "content-type": MIME[".html"] });
    if (typeof page === "number") res.end("not found");
    else if (req.method === "HEAD") await page.handle.close().then(() => res.end());
    else pipeFile(page.handle, res);
    return;
  }
  const { handle: fh, size, mtimeMs } = opened;
  const ext = extname(file);
  const compressible = COMPRESSIBLE.has(ext);
  const acceptEncoding = req.headers["accept-encoding"];
  const range = parseRange(req.headers.range, size);
  // A byte range is of the file itself; otherwise the client gets a compressed variant when it accepts one.
  const pre = compressible && range === undefined ? await precompressed(file, mtimeMs, acceptEncoding) : undefined;
  const onRequest = compressible && range === undefined && !pre && acceptsEncoding(acceptEncoding, "gzip");
  const coding = pre?.coding ?? (onRequest ? "gzip" : undefined);
  // One ETag per representation (RFC 9110 §8.8.3): the gzip and brotli bodies are different bytes.
  const version = `${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}`;
  const etag = `"${version}${coding ? `-${coding === "gzip" ? "gz" : coding}` : ""}"`;
  const headers: Record<string, string | number> = {
    "content-type": MIME[ext] ?? "application/octet-stream",
    "cache-control": cacheControl(path ?? "/"),
    "accept-ranges": "bytes",
    etag,
    ...(compressible ? { vary: "accept-encoding" } : {}),
  };
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch === "*" || ifNoneMatch?.split(/\s*,\s*/).includes(etag)) {
    await Promise.all([fh.close(), pre?.handle.close()]);
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (range === "unsatisfiable") {
    await fh.close();
    return send(res, 416, "range not satisfiable", { "content-range": `bytes */${size}` });
  }
  if (range) {
    res.writeHead(206, {
      ...headers,
      "content-range": `bytes ${range.start}-${range.end}/${size}`,
      "content-length": range.end - range.start + 1,
    });
    if (req.method === "HEAD") await fh.close().then(() => res.end());
    else pipeFile(fh, res, range);
    return;
  }
  if (pre) {
    await fh.close();
    res.writeHead(200, { ...headers, "content-encoding": pre.coding, "content-length": pre.size });
    if (req.method === "HEAD") await pre.handle.close().then(() => res.end());
    else pipeFile(pre.handle, res);
    return;
  }
  if (onRequest) {
    const body = await gzipped(file, fh, etag).finally(() => fh.close());
    res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, "content-length": size });
  if (req.method === "HEAD") await fh.close().then(() => res.end());
  else pipeFile(fh, res);
}

/** Starts serving `root` on 127.0.0.1:`port` (0 = any free port), gzip and byte ranges included; resolves with the server and its base URL. */
export async function serveStatic(root: string, port = 0, options: { base?: string } = {}): Promise<{ server: Server; url: string }> {
  if (!existsSync(root)) throw new TypeError(`serveStatic: ${root} does not exist (run npm run build first)`);
  // `base` serves the site under a sub-folder (/share/workbench/), as an intranet host might.
  const base = options.base ?? "/";
  if (!base.startsWith("/") || !base.endsWith("/")) throw new TypeError(`serveStatic: base must start and end with "/", got ${base}`);
  const server = createServer((req, res) => {
    handle(root, base, req, res).catch((error: Error) => {
      console.error(`serve: ${req.method} ${JSON.stringify(req.url)}: ${error.message}`);
      send(res, 500, "internal error");
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", fail);
      ok();
    });
  });
  server.on("error", (error) => console.error(`serve: ${error.message}`));
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${actual}${base.slice(0, -1)}` };
}
