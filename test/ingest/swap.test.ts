// Issue 17: killing ingest during its write phase left documents.parquet from the new run beside
// the other tables from the old one, and a partial *.parquet.tmp.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest, TABLES, writeParquet } from "../../data/ingest/index.ts";
import { cleanLeftovers, replaceFolder } from "../../data/ingest/swap.ts";
import { SEED_PATHS, SEEDS_DIR } from "../fixtures/seeds.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const tmp = () => mkdtempSync(join(tmpdir(), "ingest-swap-"));

/** sha256 of every file in a folder, by name. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash("sha256")
          .update(readFileSync(join(dir, name)))
          .digest("hex"),
      ]),
  );
}

/** A pid that no longer runs. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

describe("writeParquet replaces the whole set or nothing", () => {
  it("a write that fails after the first tables leaves the previous set byte for byte, and no temporary folder", async () => {
    const parent = tmp();
    const out = join(parent, "out");
    await writeParquet(await ingest(SEED_PATHS.slice(0, 1), { root: SEEDS_DIR }), out);
    const before = snapshot(out);
    const next = await ingest(SEED_PATHS.slice(1, 3), { root: SEEDS_DIR });
    // errors is the last table written: documents … events are already on disk when it fails.
    const broken = { ...next, errors: [{ file: "x.txt", stage: "read" as const, message: 42 as unknown as string }] };
    await expect(writeParquet(broken, out)).rejects.toThrow(/errors\[0\]\.message should be VARCHAR/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("files in --out that are not tables stay, and the tables are replaced", async () => {
    const out = tmp();
    writeFileSync(join(out, "notes.md"), "my notes");
    await writeParquet(await ingest(SEED_PATHS.slice(0, 1), { root: SEEDS_DIR }), out);
    expect(readdirSync(out).sort()).toContain("notes.md");
    expect(readFileSync(join(out, "notes.md"), "utf8")).toBe("my notes");
    expect(readdirSync(out)).toHaveLength(TABLES.length + 1);
  });

  it("cleanLeftovers removes a dead run's temporary folder and puts back a set moved aside", async () => {
    const parent = tmp();
    const pid = deadPid();
    mkdirSync(join(parent, `.out.tmp-${pid}`));
    writeFileSync(join(parent, `.out.tmp-${pid}`, "documents.parquet"), "partial");
    mkdirSync(join(parent, `.out.old-${pid}`));
    writeFileSync(join(parent, `.out.old-${pid}`, "documents.parquet"), "previous");
    mkdirSync(join(parent, `.other.tmp-${pid}`));
    await cleanLeftovers(join(parent, "out"));
    expect(readdirSync(parent).sort()).toEqual([`.other.tmp-${pid}`, "out"]);
    expect(readFileSync(join(parent, "out", "documents.parquet"), "utf8")).toBe("previous");
  });

  it("replaceFolder refuses a path that is a file", async () => {
    const parent = tmp();
    writeFileSync(join(parent, "out"), "a file");
    await expect(replaceFolder(join(parent, "out"), [], async () => {})).rejects.toThrow(/not a folder/);
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("npm run ingest killed while writing leaves the previous set complete; the next run removes the leftovers", async () => {
    const parent = tmp();
    const out = join(parent, "out");
    const cli = (...inputs: string[]) =>
      spawn(process.execPath, ["--import", "tsx", "data/cli/ingest.ts", ...inputs, "--out", out], { cwd: ROOT, stdio: "ignore" });
    await new Promise((ok) => cli(SEED_PATHS[0]!).on("exit", ok));
    const before = snapshot(out);
    expect(Object.keys(before)).toHaveLength(TABLES.length);
    const child = cli(SEEDS_DIR);
    const staging = join(parent, `.out.tmp-${child.pid}`);
    // Kill as soon as the new run has written its first table.
    const killed = await new Promise<boolean>((ok) => {
      const poll = setInterval(() => {
        if (existsSync(join(staging, "documents.parquet"))) {
          clearInterval(poll);
          child.kill("SIGKILL");
          ok(true);
        }
      }, 2);
      child.on("exit", () => {
        clearInterval(poll);
        ok(false);
      });
    });
    expect(killed, "the run finished before it could be killed mid-write").toBe(true);
    await new Promise((ok) => child.on("exit", ok));
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(staging)).toBe(true);
    await new Promise((ok) => cli(SEED_PATHS[1]!).on("exit", ok));
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(snapshot(out)).not.toEqual(before);
  }, 60_000);
});
