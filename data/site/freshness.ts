// Framework re-runs a data loader only when the loader file itself is newer
// than its cached output (observablehq/framework#204, #990). Our loaders depend
// on seeds/ and on the pipeline code in data/, so we fingerprint those inputs
// and touch the loaders whenever the fingerprint changes.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { REPORTS_DIR } from "./reportsDir.ts";

/** Inputs every loader in src/data depends on (src/queries: the pages' queries answered at build time, data/site/firstViews.ts). */
export const LOADER_INPUTS = [REPORTS_DIR, "data", "src/contract", "src/queries"];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** SHA-256 over the names and contents of every input file. */
export function fingerprintInputs(root: string, inputs = LOADER_INPUTS): string {
  const hash = createHash("sha256");
  for (const dir of inputs) {
    for (const file of listFiles(join(root, dir))) {
      hash.update(relative(root, file));
      hash.update("\0");
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex");
}

/** The data loaders of the site (files under src/data with a second extension, e.g. corpus.tar.ts). */
export function listLoaders(root: string): string[] {
  return listFiles(join(root, "src", "data")).filter((f) => /\.[a-z0-9]+\.(ts|js)$/.test(f));
}

/** The cached outputs of a loader: its file and, for archives, the folder of extracted members. */
export function loaderOutputs(root: string, loader: string): string[] {
  const rel = relative(join(root, "src"), loader).replace(/\.(ts|js)$/, "");
  const cache = join(root, "src", ".observablehq", "cache");
  return [join(cache, rel), join(cache, rel.replace(/\.(tar|tgz|tar\.gz|zip)$/, ""))];
}

/**
 * When the inputs changed since the last call, deletes every loader's cached
 * output (archive members are cached separately and would otherwise be served
 * stale) and touches the loader (so a running preview reloads); returns whether it did.
 */
export function refreshLoaders(root: string): boolean {
  const stampDir = join(root, "src", ".observablehq", "cache");
  const stamp = join(stampDir, "loader-inputs.sha256");
  const current = fingerprintInputs(root);
  const previous = existsSync(stamp) ? readFileSync(stamp, "utf8") : "";
  if (current === previous) return false;
  const now = new Date();
  for (const loader of listLoaders(root)) {
    for (const output of loaderOutputs(root, loader)) rmSync(output, { recursive: true, force: true });
    // Keep the loader strictly newer than any cached output written before now.
    const mtime = Math.max(now.getTime(), statSync(loader).mtimeMs + 1);
    utimesSync(loader, new Date(mtime), new Date(mtime));
  }
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(stamp, current);
  return true;
}
