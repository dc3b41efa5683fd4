import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTar } from "../../data/site/tar.ts";

describe("createTar", () => {
  const entries = [
    { name: "documents.parquet", data: new Uint8Array([1, 2, 3]) },
    { name: "facts.parquet", data: new TextEncoder().encode("地区生产总值43.31亿元".repeat(100)) },
    { name: "empty.json", data: new Uint8Array() },
  ];

  it("createTar writes an archive that tar(1) lists and extracts byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "tar-"));
    writeFileSync(join(dir, "a.tar"), createTar(entries));
    expect(execFileSync("tar", ["-tf", "a.tar"], { cwd: dir, encoding: "utf8" }).trim().split("\n")).toEqual(entries.map((e) => e.name));
    execFileSync("tar", ["-xf", "a.tar"], { cwd: dir });
    for (const e of entries) expect(new Uint8Array(readFileSync(join(dir, e.name)))).toEqual(e.data);
  });

  it("createTar is deterministic", () => {
    expect(createTar(entries)).toEqual(createTar(entries));
  });

  it("createTar rejects names longer than the ustar field", () => {
    expect(() => createTar([{ name: "x".repeat(101), data: new Uint8Array() }])).toThrow(TypeError);
  });
});
