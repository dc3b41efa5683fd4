// A minimal static file server for the built site (dist/), bound to 127.0.0.1.
// Handles Framework's clean URLs (/reports/x → reports/x.html) and serves
// .wasm with the MIME type browsers require for streaming compilation.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
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

/** Starts serving `root` on 127.0.0.1:`port` (0 = any free port); resolves with the server and its base URL. */
export async function serveStatic(root: string, port = 0): Promise<{ server: Server; url: string }> {
  if (!existsSync(root)) throw new TypeError(`serveStatic: ${root} does not exist (run npm run build first)`);
  const server = createServer((req, res) => {
    const file = resolveStaticPath(root, req.url ?? "/");
    if (!file) {
      const notFound = resolveStaticPath(root, "/404");
      res.writeHead(404, { "content-type": MIME[".html"] });
      if (notFound) createReadStream(notFound).pipe(res);
      else res.end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": MIME[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size,
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${actual}` };
}
