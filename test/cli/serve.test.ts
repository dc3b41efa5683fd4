import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const site = mkdtempSync(join(tmpdir(), "serve-cli-"));
writeFileSync(join(site, "index.html"), "<h1>总览</h1>");
const serve = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "data/cli/serve.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });

describe("npm run serve (data/cli/serve.ts)", () => {
  it("a taken --port is named in one sentence, exit 1, without a stack trace", async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, "127.0.0.1", ok));
    const { port } = blocker.address() as { port: number };
    const run = serve("--port", String(port), site);
    blocker.close();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`port ${port} is already in use on 127.0.0.1: choose another one with --port <n>`);
    expect(run.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
  });

  it.each([
    ["--port", "http"],
    ["--prot", "3000"],
  ])("%s %s is a usage error (exit 2)", (...args) => {
    const run = serve(...args, site);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: npm run serve -- [--port <1-65535>]");
  });

  it("serves on the given --port", async () => {
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, "127.0.0.1", ok));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((ok) => probe.close(() => ok()));
    const child = spawn(process.execPath, ["--import", "tsx", "data/cli/serve.ts", "--port", String(port), site], { cwd: ROOT });
    try {
      const line = await new Promise<string>((ok) => child.stdout.on("data", (d: Buffer) => ok(String(d))));
      expect(line).toContain(`http://127.0.0.1:${port}/`);
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain("总览");
    } finally {
      child.kill();
    }
  });
});
