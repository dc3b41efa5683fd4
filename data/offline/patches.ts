// Changes to npm files as the offline build serves them to Framework, each with why.
// Framework keeps what it fetched in src/.observablehq/cache/_npm/, so the same patches
// are applied to that cache (patchNpmCache) before a build or preview starts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One change to one file of one package (every version: a version that does not match fails loudly). */
export interface NpmPatch {
  name: string;
  /** Path inside the package. */
  file: string;
  why: string;
  /** Returns the patched source; idempotent; throws when the code to change is not found exactly once. */
  apply(source: string): string;
}

function replaceOnce(source: string, find: string, replacement: string, where: string): string {
  const at = source.indexOf(find);
  if (at < 0 || source.indexOf(find, at + 1) >= 0) {
    throw new Error(
      `npm patch ${where}: expected exactly one ${JSON.stringify(find.slice(0, 60))}; was the package upgraded? See data/offline/patches.ts`,
    );
  }
  return source.slice(0, at) + replacement + source.slice(at + find.length);
}

const PROGRESS_BRANCH = 'if(typeof TransformStream=="function")';
const NO_PROGRESS_WARNING = 'console.warn("instantiating without progress handler since transform streams are unavailable");';
const PATCHED_MARK = "/*workbench: no progress stream*/";

function duckdbWorker(file: string): NpmPatch {
  return {
    name: "@duckdb/duckdb-wasm",
    file,
    why:
      "DuckDB-WASM hands instantiateStreaming a Response it rebuilt around a progress stream; such a Response has no URL, so " +
      "Chromium never stores or reuses the compiled module (wasm code cache) and every visit recompiles 35 MB of wasm. " +
      "Framework passes no progress callback, so the worker takes its plain branch, instantiateStreaming(fetch(url)).",
    apply(source) {
      if (source.includes(PATCHED_MARK)) return source;
      const where = `@duckdb/duckdb-wasm/${file}`;
      const plain = replaceOnce(source, PROGRESS_BRANCH, `if(${PATCHED_MARK}false)`, where);
      return replaceOnce(plain, NO_PROGRESS_WARNING, "", where);
    },
  };
}

/** Every patch, by package. */
export const NPM_PATCHES: readonly NpmPatch[] = [
  duckdbWorker("dist/duckdb-browser-eh.worker.js"),
  duckdbWorker("dist/duckdb-browser-mvp.worker.js"),
];

/** `source` of `name`'s `file`, patched when a patch is declared for it. */
export function patchNpmFile(name: string, file: string, source: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  const patch = NPM_PATCHES.find((p) => p.name === name && p.file === file);
  return patch ? Buffer.from(patch.apply(source.toString("utf8"))) : source;
}

/** Applies the patches to Framework's npm cache (`<cache>/_npm/<name>@<version>/<file>`); returns the files it changed. */
export function patchNpmCache(cacheDir: string): string[] {
  const npm = join(cacheDir, "_npm");
  const changed: string[] = [];
  for (const patch of NPM_PATCHES) {
    const scope = patch.name.startsWith("@") ? join(npm, patch.name.split("/")[0]) : npm;
    const base = patch.name.startsWith("@") ? patch.name.split("/")[1] : patch.name;
    if (!existsSync(scope)) continue;
    for (const entry of readdirSync(scope)) {
      if (!entry.startsWith(`${base}@`)) continue;
      const file = join(scope, entry, patch.file);
      if (!existsSync(file)) continue;
      const source = readFileSync(file, "utf8");
      const patched = patch.apply(source);
      if (patched !== source) {
        writeFileSync(file, patched);
        changed.push(file);
      }
    }
  }
  return changed;
}
