import { relative, resolve, sep } from "node:path";
import { listInputs } from "./walk.ts";

/** File names of the formats `ingest` reads (the others are listed too, and reported as skipped). */
export const INPUT_FILE = /\.(?:txt|md|markdown|docx|html?|pdf)$/i;

/**
 * Expands arguments into input files: directories are walked recursively for
 * every file (hidden entries skipped; ingest reports files of other formats than
 * INPUT_FILE as skipped, never silently); files are taken as given; paths that
 * do not exist are kept so that ingest reports them. Sorted, unique.
 * Folders that cannot be read and broken or looping links are left out here:
 * use listInputs (walk.ts) to report them.
 */
export async function listInputFiles(args: readonly string[]): Promise<string[]> {
  return (await listInputs(args)).files;
}

/** Plain code-unit order (not locale order), the same on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `DocumentRow.file`: the path relative to `root`, with forward slashes. */
export function relativeName(root: string, path: string): string {
  return relative(resolve(root), resolve(path)).split(sep).join("/");
}
