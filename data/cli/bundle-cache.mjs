// Bundles a TypeScript entry with esbuild once and keeps the bundle on disk, so a command starts by
// loading one plain module instead of tsx transpiling every file on every run (~1.3 s of CPU).
// Plain JavaScript: it runs before any TypeScript loader. The bundle is rebuilt when esbuild, the
// options, or any input file (size or modification time) changed.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root: this file is data/cli/bundle-cache.mjs, or, inside a bundle (where
 * import.meta.url is the bundle's), the root the bundle was built with.
 */
export const ROOT = process.env.WB_SOURCE_ROOT ?? fileURLToPath(new URL("../..", import.meta.url));

/**
 * node_modules/.cache/report-workbench, or null when it cannot be written (a read-only install).
 * Bundles live under node_modules so that the packages they leave out resolve from there.
 */
function cacheDir() {
  const dir = join(ROOT, "node_modules", ".cache", "report-workbench");
  try {
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return null;
  }
}

/** npm's record of what it installed, rewritten by every install. */
const PACKAGES = "node_modules/.package-lock.json";

/** A file of an installed package (not of the cache, where tests put their entries). */
const installed = (path) => path.startsWith("node_modules/") && !path.startsWith("node_modules/.cache/");

function stamp(path) {
  const s = statSync(resolve(ROOT, path), { throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeMs}` : "missing";
}

/**
 * The path of a bundle of `entry` (relative to the repository root) built with the given esbuild
 * options, or null when esbuild is not installed or the cache cannot be written. `name` names
 * the cached file.
 */
export function cachedBundle(name, entry, options = {}) {
  // esbuild's version (part of the key) from its package.json: loading esbuild itself (~20 ms) only to build.
  const require = createRequire(join(ROOT, "package.json"));
  let version;
  try {
    version = JSON.parse(readFileSync(require.resolve("esbuild/package.json"), "utf8")).version;
  } catch {
    return null;
  }
  const dir = cacheDir();
  if (dir === null) return null;
  const key = createHash("sha256")
    .update(JSON.stringify([version, entry, options]))
    .digest("hex")
    .slice(0, 16);
  const file = join(dir, `${name}-${key}.mjs`);
  const inputsFile = join(dir, `${name}-${key}.inputs.json`);
  try {
    const inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
    if (Object.entries(inputs).every(([path, was]) => stamp(path) === was) && statSync(file, { throwIfNoEntry: false })) return file;
  } catch {
    // No cache yet, or an unreadable one: build.
  }
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    ...options,
    entryPoints: [resolve(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  // Installed packages change only through npm, which rewrites its lockfile in node_modules: one stamp stands
  // for their files (~500 of the ingest CLI's ~740 inputs, each a stat on every run), when that file is there.
  const npm = statSync(resolve(ROOT, PACKAGES), { throwIfNoEntry: false }) !== undefined;
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs)
      .map((path) => (npm && installed(path) ? PACKAGES : path))
      .map((path) => [path, stamp(path)]),
  );
  // Written beside and renamed: a concurrent run never loads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, result.outputFiles[0].text);
  renameSync(partial, file);
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  return file;
}

/**
 * esbuild options of a runnable entry (the ingest CLI, a data loader): packages bundled except DuckDB's native
 * binding (its JavaScript API loaded as CommonJS from ESM cost ~0.1 s of lexing); bundled CommonJS gets a
 * require(); the bundle finds the worker's bundle through WB_SOURCE_ROOT, since import.meta.url inside it is the bundle's.
 */
export const ENTRY_OPTIONS = {
  external: ["@duckdb/node-bindings*"],
  banner: { js: `import { createRequire as __wbRequire } from "node:module"; const require = __wbRequire(import.meta.url);` },
  define: { "process.env.WB_SOURCE_ROOT": JSON.stringify(fileURLToPath(new URL("../..", import.meta.url))) },
};
