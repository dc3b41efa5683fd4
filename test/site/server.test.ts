import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseRange, resolveStaticPath, serveStatic } from "../../data/site/server.ts";

const root = mkdtempSync(join(tmpdir(), "site-"));
mkdirSync(join(root, "reports"));
writeFileSync(join(root, "index.html"), "<h1>总览</h1>");
writeFileSync(join(root, "reports", "abc.html"), "report");
writeFileSync(join(root, "m.wasm"), new Uint8Array([0, 0x61, 0x73, 0x6d]));
const served = await serveStatic(root);
afterAll(() => new Promise<void>((ok) => served.server.close(() => ok())));

describe("serveStatic", () => {
  it("serveStatic binds to 127.0.0.1", () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ["/", "text/html; charset=utf-8", 200],
    ["/reports/abc", "text/html; charset=utf-8", 200],
    ["/reports/abc?x=1#f-1", "text/html; charset=utf-8", 200],
    ["/m.wasm", "application/wasm", 200],
    ["/missing", "text/html; charset=utf-8", 404],
  ])("serveStatic GET %s → %s %i", async (path, type, status) => {
    const res = await fetch(served.url + path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe(type);
  });

  it("serveStatic gzips text and wasm when the client accepts it, and the body round-trips", async () => {
    const res = await fetch(`${served.url}/reports/abc`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toBe("report");
  });

  it("serveStatic answers a byte range with 206 and the exact bytes", async () => {
    const res = await fetch(`${served.url}/m.wasm`, { headers: { range: "bytes=1-2" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe("bytes 1-2/4");
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([0x61, 0x73]);
  });

  it.each([
    ["bytes=0-9", 4, { start: 0, end: 3 }],
    ["bytes=2-", 4, { start: 2, end: 3 }],
    ["bytes=-2", 4, { start: 2, end: 3 }],
    ["bytes=5-6", 4, "unsatisfiable"],
    ["bytes=4-", 4, "unsatisfiable"],
    ["bytes=3-1", 4, "unsatisfiable"],
    ["bytes=-0", 4, "unsatisfiable"],
    ["bytes=0-1,2-3", 4, undefined],
    ["items=0-1", 4, undefined],
    [undefined, 4, undefined],
  ])("parseRange(%s, %i) → %o", (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  it("resolveStaticPath refuses to leave the root", () => {
    expect(resolveStaticPath(root, "/../../etc/passwd")).toBeUndefined();
  });

  it("serveStatic throws a TypeError for a missing root", async () => {
    await expect(serveStatic(join(root, "nope"))).rejects.toThrow(TypeError);
  });
});
