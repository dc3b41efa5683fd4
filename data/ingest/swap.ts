// Replaces an output folder as a whole: the new set is written into a sibling temporary folder
// and swapped in by renames, so an interrupted run (killed, crashed, disk full) leaves the previous
// set complete. Issue 17: a kill during the write phase used to leave documents.parquet from the
// new run beside the other tables from the old one, and a partial *.parquet.tmp.
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

const LEFTOVER = /^\.(.+)\.(tmp|old)-(\d+)$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes what an interrupted run left beside `dir`: its temporary folder, and the previous set
 * moved aside for the swap (put back when the run died between the two renames).
 */
export async function cleanLeftovers(dir: string): Promise<string[]> {
  const parent = dirname(dir);
  const removed: string[] = [];
  if (!existsSync(parent)) return removed;
  for (const name of readdirSync(parent)) {
    const m = LEFTOVER.exec(name);
    if (!m || m[1] !== basename(dir) || alive(Number(m[3]))) continue;
    const path = join(parent, name);
    if (m[2] === "old" && !existsSync(dir)) await rename(path, dir);
    else await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

/**
 * Runs `write` on a fresh temporary folder beside `outDir`, then puts its files in place of the
 * previous ones. When `outDir` holds nothing but `owned` files ("all": whatever it holds) the folders are
 * swapped, so a reader sees the old set or the new set, never a mix; when it also holds other files
 * (an --out shared with other things), those stay and the new files are renamed in one by one.
 */
export async function replaceFolder(
  outDir: string,
  owned: readonly string[] | "all",
  write: (dir: string) => Promise<void>,
): Promise<string[]> {
  const dir = resolve(outDir);
  await mkdir(dirname(dir), { recursive: true });
  await cleanLeftovers(dir);
  const tmp = join(dirname(dir), `.${basename(dir)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  try {
    await write(tmp);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  const files = readdirSync(tmp);
  if (!existsSync(dir)) {
    await rename(tmp, dir);
  } else if (!statSync(dir).isDirectory()) {
    await rm(tmp, { recursive: true, force: true });
    throw new TypeError(`${dir} exists and is not a folder`);
  } else if (owned === "all" || readdirSync(dir).every((name) => owned.includes(name) || name.endsWith(".parquet.tmp"))) {
    const old = join(dirname(dir), `.${basename(dir)}.old-${process.pid}`);
    await rename(dir, old);
    await rename(tmp, dir);
    await rm(old, { recursive: true, force: true });
  } else {
    for (const name of files) await rename(join(tmp, name), join(dir, name));
    await rm(tmp, { recursive: true, force: true });
  }
  return files.map((name) => join(dir, name));
}
