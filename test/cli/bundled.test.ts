import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../../data/cli/bundle-cache.mjs";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const RUNNER = join(ROOT, "data", "cli", "bundled.mjs");

describe("data/cli/bundled.mjs", () => {
  it("runs a TypeScript entry (with a relative import) as tsx would: same argv, same output", () => {
    const dir = mkdtempSync(join(ROOT, "node_modules", ".cache", "bundled-test-"));
    made.push(dir);
    writeFileSync(join(dir, "lib.ts"), `export const unit: string = "亿元";\n`);
    writeFileSync(
      join(dir, "entry.ts"),
      `import { unit } from "./lib.ts";\nconst args: string[] = process.argv.slice(2);\nprocess.stdout.write(JSON.stringify({ script: process.argv[1], args, unit }));\n`,
    );
    const entry = relative(ROOT, join(dir, "entry.ts"));
    const out = JSON.parse(execFileSync(process.execPath, [RUNNER, entry, "--out", "x y"], { cwd: ROOT, encoding: "utf8" }));
    expect(out).toEqual({ script: join(ROOT, entry), args: ["--out", "x y"], unit: "亿元" });
  });

  it("exits 2 with a usage line when no entry is given", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, [RUNNER], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    } catch (err) {
      ({ status, stderr } = err as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: node data\/cli\/bundled\.mjs <entry\.ts>/);
  });
});
