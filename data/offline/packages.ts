// Index of the packages installed under node_modules, so the offline build can
// answer "which versions exist" and "where is name@version" without a network.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import semver from "semver";

/** One installed copy of a package. */
export interface InstalledPackage {
  /** Package name, e.g. `@duckdb/duckdb-wasm`. */
  name: string;
  /** Exact installed version. */
  version: string;
  /** Absolute directory of the package. */
  dir: string;
  /** Parsed package.json. */
  json: PackageJson;
}

/** The package.json fields the offline build reads. */
export interface PackageJson {
  name: string;
  version: string;
  module?: string;
  main?: string;
  exports?: unknown;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** All installed copies of every package below `nodeModules`, nested ones included. */
export function indexPackages(nodeModules: string): Map<string, InstalledPackage[]> {
  const index = new Map<string, InstalledPackage[]>();
  const visit = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith(".")) continue;
      if (entry.startsWith("@")) {
        for (const sub of readdirSync(join(dir, entry))) add(join(dir, entry, sub));
      } else {
        add(join(dir, entry));
      }
    }
  };
  const add = (pkgDir: string): void => {
    const file = join(pkgDir, "package.json");
    if (!existsSync(file)) return;
    const json = JSON.parse(readFileSync(file, "utf8")) as PackageJson;
    if (!json.name || !json.version) return;
    const list = index.get(json.name) ?? [];
    if (!list.some((p) => p.version === json.version)) list.push({ name: json.name, version: json.version, dir: pkgDir, json });
    index.set(json.name, list);
    visit(join(pkgDir, "node_modules"));
  };
  visit(nodeModules);
  for (const list of index.values()) list.sort((a, b) => semver.rcompare(a.version, b.version));
  return index;
}

/** Splits `@scope/name/sub/path` into the package name and the subpath (without leading slash). */
export function splitSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split("/");
  const n = specifier.startsWith("@") ? 2 : 1;
  return { name: parts.slice(0, n).join("/"), subpath: parts.slice(n).join("/") };
}

/** The installed package that a bare import `name` from a file in `fromDir` resolves to (Node's lookup). */
export function findInstalledFrom(name: string, fromDir: string): InstalledPackage | undefined {
  let dir = fromDir;
  for (;;) {
    const pkgDir = join(dir, "node_modules", name);
    const file = join(pkgDir, "package.json");
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, "utf8")) as PackageJson;
      return { name, version: json.version, dir: pkgDir, json };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
