// Finds a package's real ESM entry for the browser: `exports` (browser/import
// conditions) first, then `module`, then `main`; a wrapper module would turn
// `export *` re-exports into copies and break named imports.
import type { PackageJson } from "./packages.ts";

/** Export conditions we accept, in no particular order (the exports object's key order decides). */
export const BROWSER_CONDITIONS = new Set(["browser", "import", "module", "default"]);

/** Resolves a conditional export target to a relative file path, or undefined. */
function pickTarget(target: unknown): string | undefined {
  if (typeof target === "string") return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const found = pickTarget(t);
      if (found) return found;
    }
    return undefined;
  }
  if (target && typeof target === "object") {
    for (const [key, value] of Object.entries(target)) {
      if (!BROWSER_CONDITIONS.has(key)) continue;
      const found = pickTarget(value);
      if (found) return found;
    }
  }
  return undefined;
}

/** Looks `./subpath` up in an `exports` field, including `./*` patterns. */
function lookupExports(exports: unknown, subpath: string): string | undefined {
  const key = subpath ? `./${subpath}` : ".";
  if (typeof exports === "string" || Array.isArray(exports)) return key === "." ? pickTarget(exports) : undefined;
  if (!exports || typeof exports !== "object") return undefined;
  const entries = Object.entries(exports);
  const isSubpathMap = entries.some(([k]) => k.startsWith("."));
  if (!isSubpathMap) return key === "." ? pickTarget(exports) : undefined;
  const exact = (exports as Record<string, unknown>)[key];
  if (exact !== undefined) return pickTarget(exact);
  for (const [pattern, target] of entries) {
    const star = pattern.indexOf("*");
    if (star < 0) continue;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (key.startsWith(prefix) && key.endsWith(suffix) && key.length >= prefix.length + suffix.length) {
      const match = key.slice(prefix.length, key.length - suffix.length);
      return pickTarget(target)?.replaceAll("*", match);
    }
  }
  return undefined;
}

/** The package-relative file that serves `subpath` ("" for the main entry) to a browser ESM import. */
export function resolveEntry(json: PackageJson, subpath: string): string {
  const fromExports = json.exports !== undefined ? lookupExports(json.exports, subpath) : undefined;
  if (fromExports) return fromExports.replace(/^\.\//, "");
  if (subpath) return subpath;
  const main = json.module ?? json.main ?? "index.js";
  return main.replace(/^\.\//, "");
}
