import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

/** File names of the formats `ingest` reads (the others are listed too, and reported as skipped). */
export const INPUT_FILE = /\.(?:txt|md|markdown|docx|html?|pdf)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile()) out.push(path);
  }
}

/**
 * Expands arguments into input files: directories are walked recursively for
 * every file (hidden entries skipped; ingest reports files of other formats than
 * INPUT_FILE as skipped, never silently); files are taken as given; paths that
 * do not exist are kept so that ingest reports them. Sorted, unique.
 */
export async function listInputFiles(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) await walk(arg, out);
    else out.push(arg);
  }
  return [...new Set(out)].sort(compareCodeUnits);
}

/** Plain code-unit order (not locale order), the same on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `DocumentRow.file`: the path relative to `root`, with forward slashes. */
export function relativeName(root: string, path: string): string {
  return relative(resolve(root), resolve(path)).split(sep).join("/");
}
