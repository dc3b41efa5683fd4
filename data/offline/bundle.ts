// Bundles one installed package entry into a single browser ESM file, in the
// form the public CDN serves: ESM imports of other packages stay external as
// `/npm/<dep>@<version>/+esm` (one shared instance each, resolved by Framework),
// CommonJS `require`s are inlined, node built-ins become empty modules.
import { builtinModules } from "node:module";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { resolveEntry } from "./entry.ts";
import { findInstalledFrom, type InstalledPackage, splitSpecifier } from "./packages.ts";

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The CDN path a bare import resolves to, e.g. `/npm/d3-array@3.2.4/+esm`. */
export function cdnPath(name: string, version: string, subpath: string): string {
  return `/npm/${name}@${version}/${subpath ? `${subpath}/` : ""}+esm`;
}

/** Bundles `subpath` ("" for the main entry) of `pkg` and returns the ESM source. */
export async function bundlePackage(pkg: InstalledPackage, subpath: string): Promise<string> {
  const entry = join(pkg.dir, resolveEntry(pkg.json, subpath));
  const externalize: esbuild.Plugin = {
    name: "externalize-packages",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        if (BUILTINS.has(args.path)) return { path: args.path, namespace: "empty-builtin" };
        if (args.kind === "require-call" || args.kind === "require-resolve") return undefined;
        const { name, subpath: depSubpath } = splitSpecifier(args.path);
        if (name === pkg.name) return undefined;
        const dep = findInstalledFrom(name, args.resolveDir);
        if (!dep) return { path: cdnPath(name, "latest", depSubpath), external: true };
        return { path: cdnPath(name, dep.version, depSubpath), external: true };
      });
      build.onLoad({ filter: /.*/, namespace: "empty-builtin" }, () => ({ contents: "module.exports = {};", loader: "js" }));
    },
  };
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["browser", "import", "module"],
    mainFields: ["module", "main"],
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
    plugins: [externalize],
    define: { "process.env.NODE_ENV": '"production"' },
  });
  return result.outputFiles[0].text;
}
