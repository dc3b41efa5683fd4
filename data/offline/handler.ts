// Answers the requests Observable Framework makes to the npm CDN and to the npm
// registry's web API from node_modules, so that builds never touch the network.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import semver from "semver";
import { bundlePackage } from "./bundle.ts";
import { type InstalledPackage, indexPackages, splitSpecifier } from "./packages.ts";
import { patchNpmFile } from "./patches.ts";

export const CDN_PREFIX = "https://cdn.jsdelivr.net/npm/";
export const REGISTRY_PREFIX = "https://registry.npmjs.org/";

/** Version reported for packages that are not installed; their modules throw a clear error. */
export const MISSING_VERSION = "0.0.0-not-installed";

const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".cjs": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
};

/** Creates a fetch-compatible handler bound to one node_modules directory. */
export function createOfflineNpm(nodeModules: string): (url: string) => Promise<Response | undefined> {
  const index = indexPackages(nodeModules);
  const topLevel = (name: string): InstalledPackage | undefined => {
    const file = join(nodeModules, name, "package.json");
    if (!existsSync(file)) return index.get(name)?.[0];
    const version = (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    return index.get(name)?.find((p) => p.version === version);
  };

  const registry = (path: string): Response => {
    // `name` (install-v1 version list) or `name/<dist-tag>`
    const { name, subpath: tag } = splitSpecifier(decodeURIComponent(path));
    const installed = index.get(name);
    if (tag) {
      const version = topLevel(name)?.version ?? MISSING_VERSION;
      return Response.json({ name, version });
    }
    const versions = installed?.map((p) => p.version) ?? [MISSING_VERSION];
    return Response.json({ name, "dist-tags": { latest: versions[0] }, versions: Object.fromEntries(versions.map((v) => [v, {}])) });
  };

  const missingModule = (specifier: string): Response =>
    new Response(
      `throw new Error(${JSON.stringify(`npm:${specifier} is not installed, so the offline build cannot serve it: add it to package.json dependencies and run npm install`)});\n`,
      { headers: { "content-type": CONTENT_TYPES[".js"] } },
    );

  const cdn = async (path: string): Promise<Response> => {
    const { name: namever, subpath } = splitSpecifier(decodeURIComponent(path));
    const at = namever.indexOf("@", 1);
    const name = at > 0 ? namever.slice(0, at) : namever;
    const range = at > 0 ? namever.slice(at + 1) : "latest";
    const candidates = index.get(name) ?? [];
    const pkg =
      range === "latest"
        ? topLevel(name)
        : (candidates.find((p) => p.version === range) ?? candidates.find((p) => semver.satisfies(p.version, range)));
    if (!pkg) {
      if (subpath === "package.json") return Response.json({ name, version: MISSING_VERSION, dependencies: {} });
      const shown = subpath.replace(/\/?\+esm$/, "");
      return missingModule(`${name}${shown ? `/${shown}` : ""}`);
    }
    if (subpath === "+esm" || subpath.endsWith("/+esm")) {
      const source = await bundlePackage(pkg, subpath.replace(/\/?\+esm$/, ""));
      return new Response(source, { headers: { "content-type": CONTENT_TYPES[".js"] } });
    }
    const file = join(pkg.dir, subpath);
    if (!file.startsWith(pkg.dir) || !existsSync(file) || !statSync(file).isFile()) {
      return new Response(`not found: ${name}@${pkg.version}/${subpath}`, { status: 404 });
    }
    const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
    return new Response(patchNpmFile(pkg.name, subpath, readFileSync(file)), { headers: { "content-type": type } });
  };

  return async (url: string) => {
    if (url.startsWith(CDN_PREFIX)) return cdn(url.slice(CDN_PREFIX.length));
    if (url.startsWith(REGISTRY_PREFIX)) return registry(url.slice(REGISTRY_PREFIX.length));
    return undefined;
  };
}
