import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trackServerBytes } from "../../bench/browser/serverBytes.ts";
import { serveStatic } from "../../data/site/server.ts";

describe("trackServerBytes", () => {
  it("counts every byte the server sends, body and headers, over kept-alive and closed connections", async () => {
    const dir = mkdtempSync(join(tmpdir(), "server-bytes-"));
    // Incompressible bytes, so gzip cannot make the body smaller than the file.
    const body = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 251));
    writeFileSync(join(dir, "a.parquet"), body);
    const { server, url } = await serveStatic(dir);
    try {
      const sent = trackServerBytes(server);
      expect(sent()).toBe(0);
      const first = await fetch(`${url}/a.parquet`);
      expect((await first.arrayBuffer()).byteLength).toBe(body.length);
      const once = sent();
      expect(once).toBeGreaterThan(body.length);
      expect(once).toBeLessThan(body.length + 2_000);
      await (await fetch(`${url}/a.parquet`)).arrayBuffer();
      expect(sent()).toBeGreaterThan(2 * body.length);
    } finally {
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });
});
