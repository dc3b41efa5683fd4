import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpusArchive, CORPUS_TABLES } from "../../data/site/corpus.ts";

function seedsWithBadFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  const seeds = readdirSync("seeds").sort();
  copyFileSync(join("seeds", seeds[0]), join(dir, seeds[0]));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
  return dir;
}

describe("buildCorpusArchive", () => {
  it("buildCorpusArchive packs every table, and bad files become named errors without stopping the good one", async () => {
    const dir = seedsWithBadFiles();
    const { archive, result } = await buildCorpusArchive(dir);
    expect(result.documents).toHaveLength(1);
    expect(result.errors.map((e) => e.file.split("/").pop()).sort()).toEqual(["binary.txt", "empty.txt"]);
    for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
    const out = mkdtempSync(join(tmpdir(), "untar-"));
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "corpus.tar"), archive);
    const members = execFileSync("tar", ["-tf", "corpus.tar"], { cwd: out, encoding: "utf8" }).trim().split("\n");
    expect(members).toEqual(CORPUS_TABLES.map((t) => `${t}.parquet`));
  });

  it("buildCorpusArchive gives byte-identical archives for the same input", async () => {
    const dir = seedsWithBadFiles();
    const a = await buildCorpusArchive(dir);
    const b = await buildCorpusArchive(dir);
    expect(Buffer.compare(Buffer.from(a.archive), Buffer.from(b.archive))).toBe(0);
  });
});
