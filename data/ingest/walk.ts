// Walks the ingest arguments into input files, and names every path it cannot use (issue 17: an
// unreadable subfolder aborted the whole ingest with a stack trace; symlinked and dangling-symlinked
// reports were skipped without a word).
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { compareCodeUnits } from "./files.ts";

/** A path that was not read, and why (it becomes an errors row at stage "read"). */
export interface SkippedInput {
  path: string;
  message: string;
}

// Node's file-system messages already start with the code ("EACCES: permission denied, scandir …").
function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Expands arguments into input files: directories are walked recursively for every file
 * (hidden entries skipped); symbolic links are followed, a link back into a folder being walked is
 * a loop and is skipped with a reason, a dangling link likewise; a folder that cannot be listed is
 * skipped with a reason and the walk goes on. Files named on the command line are taken as given
 * (a missing one is reported by ingest). Files sorted and unique.
 */
export async function listInputs(args: readonly string[]): Promise<{ files: string[]; skipped: SkippedInput[] }> {
  const files: string[] = [];
  const skipped: SkippedInput[] = [];

  async function walk(dir: string, ancestors: ReadonlySet<string>): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: dir, message: `folder could not be read: ${reason(error)}` });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await enter(path, ancestors);
      // Every file is listed: ingest reads the formats it knows and reports the others as skipped.
      else if (e.isFile()) files.push(path);
      else if (e.isSymbolicLink()) await follow(path, ancestors);
    }
  }

  async function enter(dir: string, ancestors: ReadonlySet<string>): Promise<void> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      skipped.push({ path: dir, message: `folder could not be read: ${reason(error)}` });
      return;
    }
    if (ancestors.has(real)) {
      skipped.push({ path: dir, message: `symbolic link loop: ${dir} leads back to ${real}, which is already being read` });
      return;
    }
    await walk(dir, new Set([...ancestors, real]));
  }

  async function follow(path: string, ancestors: ReadonlySet<string>): Promise<void> {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") skipped.push({ path, message: "dangling symbolic link: its target does not exist" });
      else if (code === "ELOOP") skipped.push({ path, message: "symbolic link loop: the link points to itself through other links" });
      else skipped.push({ path, message: `symbolic link could not be followed: ${reason(error)}` });
      return;
    }
    if (info.isDirectory()) await enter(path, ancestors);
    else if (info.isFile()) files.push(path);
  }

  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) await enter(arg, new Set());
    else files.push(arg);
  }
  return { files: [...new Set(files)].sort(compareCodeUnits), skipped: skipped.sort((a, b) => compareCodeUnits(a.path, b.path)) };
}
