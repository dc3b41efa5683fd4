// The red-team requests of issue 17 (hardening): each one used to stop `npm run serve`
// (uncaught URIError, ReadStream error without a handler) or got the file instead of 416/405.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it, vi } from "vitest";

// A file that cannot be opened (EACCES) or vanished between the lookup and the read (ENOENT):
// as root, permissions cannot make a file unreadable, so open() is made to fail for these names.
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    ...fs,
    open: (path: string, ...rest: unknown[]) => {
      if (String(path).endsWith("locked.html")) return Promise.reject(fail("EACCES"));
      if (String(path).endsWith("vanished.html")) return Promise.reject(fail("ENOENT"));
      if (String(path).endsWith("broken.html")) return Promise.reject(fail("EIO"));
      return (fs.open as (...a: unknown[]) => unknown)(path, ...rest);
    },
  };
});

const { serveStatic } = await import("../../data/site/server.ts");

const root = mkdtempSync(join(tmpdir(), "site-hostile-"));
mkdirSync(join(root, "reports"));
mkdirSync(join(root, "_file"));
writeFileSync(join(root, "index.html"), "<h1>总览</h1>");
writeFileSync(join(root, "reports", "abc.html"), "report");
for (const name of ["locked.html", "vanished.html", "broken.html"]) writeFileSync(join(root, name), "x");
writeFileSync(join(root, "_file", "t.1a2b3c4d.csv"), "a,b\n1,2\n");
writeFileSync(join(root, "big.js"), "console.log(1)");
writeFileSync(join(root, "big.js.gz"), gzipSync("console.log('from .gz')"));
writeFileSync(join(root, "both.js"), "console.log(1)");
writeFileSync(join(root, "both.js.gz"), gzipSync("console.log('from .gz')"));
writeFileSync(join(root, "both.js.br"), brotliCompressSync("console.log('from .br')"));
writeFileSync(join(root, "stale.js.br"), brotliCompressSync("console.log('old build')"));
writeFileSync(join(root, "stale.js"), "console.log('edited')");
utimesSync(join(root, "stale.js.br"), new Date(2020, 0, 1), new Date(2020, 0, 1));
symlinkSync(join(root, "nowhere.html"), join(root, "dangling.html"));
const served = await serveStatic(root);
afterAll(() => new Promise<void>((ok) => served.server.close(() => ok())));

/** Sends a raw request path (fetch would normalize `%` and `..`), resolving with the status. */
function raw(path: string, method = "GET", headers: Record<string, string> = {}): Promise<number> {
  const { port } = served.server.address() as { port: number };
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      res.resume();
      res.on("end", () => ok(res.statusCode ?? 0));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("serveStatic survives every hostile request of issue 17", () => {
  it.each([
    ["/%", "GET", {}, 400],
    ["/%c0%ae%c0%ae/etc/passwd", "GET", {}, 400],
    ["/reports/%E4%B8", "GET", {}, 400],
    ["/reports/abc%00.html", "GET", {}, 400],
    ["/../../etc/passwd", "GET", {}, 404],
    ["/%2e%2e/%2e%2e/etc/passwd", "GET", {}, 404],
    ["/locked", "GET", {}, 403],
    ["/vanished", "GET", {}, 404],
    ["/broken", "GET", {}, 500],
    ["/dangling", "GET", {}, 404],
    ["/reports/abc", "GET", { range: "bytes=100-200" }, 416],
    ["/reports/abc", "GET", { range: "bytes=5-1" }, 416],
    ["/reports/abc", "GET", { range: "bytes=-0" }, 416],
    ["/reports/abc", "GET", { range: "bogus" }, 200],
    ["/reports/abc", "POST", {}, 405],
    ["/reports/abc", "PUT", {}, 405],
    ["/reports/abc", "DELETE", {}, 405],
    ["/reports/abc", "OPTIONS", {}, 405],
    ["/reports/abc", "HEAD", {}, 200],
  ])("%s (%s %o) → %i, and the next request is answered", async (path, method, headers, status) => {
    expect(await raw(path, method, headers as Record<string, string>)).toBe(status);
    expect(await raw("/reports/abc")).toBe(200);
  });

  it("a 416 names the file size, a 405 names the allowed methods", async () => {
    const tooFar = await fetch(`${served.url}/reports/abc`, { headers: { range: "bytes=100-" } });
    expect(tooFar.headers.get("content-range")).toBe("bytes */6");
    const post = await fetch(`${served.url}/reports/abc`, { method: "POST" });
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("hashed assets are cached for a year, HTML is revalidated, and an ETag match gets 304", async () => {
    const asset = await fetch(`${served.url}/_file/t.1a2b3c4d.csv`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const page = await fetch(`${served.url}/reports/abc`);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    const etag = page.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    // The ETag names the representation: the gzip body fetch asked for.
    expect(await raw("/reports/abc", "GET", { "accept-encoding": "gzip", "if-none-match": etag })).toBe(304);
  });

  it("a precompressed <file>.gz is sent as is when the client accepts gzip", async () => {
    const res = await fetch(`${served.url}/big.js`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toBe("console.log('from .gz')");
    const plain = await fetch(`${served.url}/big.js`, { headers: { "accept-encoding": "identity" } });
    expect(await plain.text()).toBe("console.log(1)");
  });

  it("brotli is preferred to gzip when the client accepts both, and each coding has its own ETag", async () => {
    const br = await fetch(`${served.url}/both.js`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("accept-encoding");
    expect(await br.text()).toBe("console.log('from .br')");
    const gz = await fetch(`${served.url}/both.js`, { headers: { "accept-encoding": "gzip, br;q=0" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    const tags = new Set([br.headers.get("etag"), gz.headers.get("etag")]);
    expect(tags.size).toBe(2);
    expect(await raw("/both.js", "GET", { "accept-encoding": "br", "if-none-match": br.headers.get("etag") ?? "" })).toBe(304);
    // The brotli ETag does not validate the gzip body the client would get now.
    expect(await raw("/both.js", "GET", { "accept-encoding": "gzip", "if-none-match": br.headers.get("etag") ?? "" })).toBe(200);
  });

  it("a precompressed variant older than its file (edited after the build) is not sent", async () => {
    const res = await fetch(`${served.url}/stale.js`, { headers: { "accept-encoding": "br" } });
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toBe("console.log('edited')");
  });

  it("a byte range is of the file itself, never of a compressed variant", async () => {
    const res = await fetch(`${served.url}/both.js`, { headers: { "accept-encoding": "br", range: "bytes=0-6" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toBe("console");
  });

  it("a file deleted after being served once is 404 on the next request", async () => {
    writeFileSync(join(root, "gone.html"), "soon gone");
    expect(await raw("/gone")).toBe(200);
    rmSync(join(root, "gone.html"));
    expect(await raw("/gone")).toBe(404);
    expect(await raw("/")).toBe(200);
  });
});
