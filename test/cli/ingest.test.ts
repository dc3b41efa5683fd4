import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_PATHS, SEEDS_DIR } from "../fixtures/seeds.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const TABLE_FILES = ["documents", "sentences", "facts", "entities", "mentions", "events", "errors"].map((t) => `${t}.parquet`);

function cli(...args: string[]) {
  // As `npm run ingest` runs it: plain node on the boot script, which loads the cached bundle.
  const run = spawnSync(process.execPath, ["data/cli/ingest.mjs", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), "ingest-cli-"));

describe("npm run ingest (data/cli/ingest.mjs → ingest.ts)", () => {
  it("ingest seeds --out <dir> exits 0, prints a summary and writes every table", () => {
    const out = tmp();
    const run = cli(SEEDS_DIR, "--out", out, "--workers", "2");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /ingested 5 documents, 325 sentences, \d+ facts, \d+ entities, \d+ mentions, \d+ events, 0 errors, 0 skipped/,
    );
    for (const f of TABLE_FILES) expect(existsSync(join(out, f)), f).toBe(true);
  });

  it("ingest lists files of other formats as skipped and exits 0 when the reports were read", () => {
    const dir = tmp();
    copyFileSync(SEED_PATHS[0]!, join(dir, "good.txt"));
    writeFileSync(join(dir, "统计表.xlsx"), Uint8Array.from([0x50, 0x4b, 3, 4]));
    const out = tmp();
    const run = cli(dir, "--out", out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/skipped: \S*统计表\.xlsx \(extension \.xlsx is not a report format ingest reads/);
    expect(run.stdout).toMatch(/ingested 1 documents, .* 0 errors, 1 skipped/);
  });

  it("ingest with a broken file exits 1, reports it on stderr and still writes the others", () => {
    const dir = tmp();
    copyFileSync(SEED_PATHS[0]!, join(dir, "good.txt"));
    writeFileSync(join(dir, "bad.txt"), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const out = tmp();
    const run = cli(dir, "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.txt \[decode\] looks binary/);
    expect(run.stdout).toMatch(/ingested 1 documents, .* 1 errors, 0 skipped/);
    for (const f of TABLE_FILES) expect(existsSync(join(out, f)), f).toBe(true);
  });

  it.each([
    ["no arguments", [], /no input files/],
    ["no --out", [SEEDS_DIR], /--out <dir> is required/],
    ["a bad --workers", [SEEDS_DIR, "--out", "x", "--workers", "zero"], /--workers must be a positive integer/],
    ["an unknown option", [SEEDS_DIR, "--out", "x", "--fast"], /Unknown option '--fast'/],
    ["a directory without reports", [join(ROOT, "data", "read"), "--out", "x"], /no report files \(\.txt, \.md, .*\.pdf\) in/],
  ])("ingest with %s exits 2 with a usage message", (_name, args, message) => {
    const run = cli(...(args as string[]));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/usage: npm run ingest -- <file or dir>\.\.\. --out <dir>/);
  });
});

describe("npm run ingest with hostile inputs (issue 17)", () => {
  it("a dangling link and a link loop are error rows (exit 1), the rest is written, and names are printed with control characters escaped", () => {
    const dir = tmp();
    copyFileSync(SEED_PATHS[0]!, join(dir, "good.txt"));
    // A name that would print a fake success line and change the terminal's colour.
    const forged = "x\ningested 99 documents\u001b[32m.txt";
    writeFileSync(join(dir, forged), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    symlinkSync(join(dir, "gone.txt"), join(dir, "dangling.txt"));
    symlinkSync(dir, join(dir, "loop"));
    const out = tmp();
    const run = cli(dir, "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: \S*\/dangling\.txt \[read\] dangling symbolic link: its target does not exist$/m);
    expect(run.stderr).toMatch(/^error: \S*\/loop \[read\] symbolic link loop/m);
    expect(run.stderr).toContain("/x\\ningested 99 documents\\u001b[32m.txt [decode] looks binary");
    expect(run.stderr).not.toContain("\u001b[32m");
    expect(run.stdout).toMatch(/ingested 1 documents, .* 3 errors/);
    for (const f of TABLE_FILES) expect(existsSync(join(out, f)), f).toBe(true);
  });
});
