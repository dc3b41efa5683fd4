// Issue 17: an unreadable subfolder aborted the whole ingest (stack trace, nothing written);
// symlinked and dangling-symlinked reports were skipped without a word.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

// As root, permissions cannot make a folder unreadable: readdir fails for folders named "locked".
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  return {
    ...fs,
    readdir: (path: string, ...rest: unknown[]) =>
      String(path).endsWith("locked")
        ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: "EACCES" }))
        : (fs.readdir as (...a: unknown[]) => unknown)(path, ...rest),
  };
});

const { listInputs } = await import("../../data/ingest/walk.ts");

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "ingest-walk-"));
  mkdirSync(join(dir, "reports", "locked"), { recursive: true });
  mkdirSync(join(dir, "elsewhere"));
  writeFileSync(join(dir, "reports", "a.txt"), "济宁高新区。");
  writeFileSync(join(dir, "reports", "locked", "b.txt"), "x");
  writeFileSync(join(dir, "elsewhere", "c.txt"), "济宁经开区。");
  symlinkSync(join(dir, "elsewhere", "c.txt"), join(dir, "reports", "linked.txt"));
  symlinkSync(join(dir, "elsewhere"), join(dir, "reports", "linked-folder"));
  symlinkSync(join(dir, "nowhere.txt"), join(dir, "reports", "dangling.txt"));
  symlinkSync(join(dir, "reports"), join(dir, "reports", "loop"));
  return dir;
}

describe("listInputs", () => {
  it("follows symbolic links to files and folders, and names every path it cannot use", async () => {
    const dir = corpus();
    const r = (p: string) => join(dir, "reports", p);
    const { files, skipped } = await listInputs([join(dir, "reports")]);
    expect(files).toEqual([r("a.txt"), r("linked-folder/c.txt"), r("linked.txt")]);
    expect(skipped).toEqual([
      { path: r("dangling.txt"), message: "dangling symbolic link: its target does not exist" },
      { path: r("locked"), message: expect.stringMatching(/^folder could not be read: EACCES: permission denied/) },
      {
        path: r("loop"),
        message: expect.stringMatching(/^symbolic link loop: .*loop leads back to .*reports, which is already being read$/),
      },
    ]);
  });

  it("a folder given on the command line that cannot be read is one skipped path", async () => {
    const dir = corpus();
    expect(await listInputs([join(dir, "reports", "locked")])).toEqual({
      files: [],
      skipped: [{ path: join(dir, "reports", "locked"), message: expect.stringMatching(/^folder could not be read/) }],
    });
  });
});
