// Runs the Observable Framework CLI (preview, build, …) fully offline:
// telemetry off, npm imports self-hosted from node_modules, and data loaders
// refreshed whenever seeds/ or the pipeline code in data/ change.
// Usage: tsx data/cli/framework.ts <framework command> [options]
import { watch } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { installOfflineFetch } from "../offline/install.ts";
import { patchNpmCache } from "../offline/patches.ts";
import { buildInto } from "../site/atomicBuild.ts";
import { finishBuild } from "../site/buildAssets.ts";
import { LOADER_INPUTS, refreshLoaders } from "../site/freshness.ts";
import { localizeOutput } from "../site/localize.ts";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
const root = process.cwd();

// A build runs as a child writing into a temporary folder; the output is replaced only when it succeeded.
if (process.argv[2] === "build" && process.env.WORKBENCH_STAGING !== "1") {
  const output = resolve(root, process.env.WORKBENCH_OUTPUT || "dist");
  const self = [process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const code = await buildInto(output, self, { ...process.env, WORKBENCH_STAGING: "1" }, async (built) => {
    console.error(`build: ${await finishBuild(built)}`);
  });
  if (code !== 0) console.error(`build failed (exit ${code}): ${relative(root, output) || output} is unchanged`);
  process.exit(code);
}

installOfflineFetch(join(root, "node_modules"));
// npm files Framework fetched before a patch existed (data/offline/patches.ts) get it now.
for (const file of patchNpmCache(join(root, "src", ".observablehq", "cache"))) console.error(`patched ${relative(root, file)}`);
if (refreshLoaders(root)) console.error("inputs changed since the last run: data loaders will re-run");

// Chinese lang and labels in the built pages, once Framework has written them (sync: runs on exit).
if (process.argv[2] === "build") {
  process.on("exit", (code) => {
    if (code === 0) localizeOutput(resolve(root, process.env.WORKBENCH_OUTPUT || "dist"));
  });
}

if (process.argv[2] === "preview") {
  let timer: NodeJS.Timeout | undefined;
  for (const dir of LOADER_INPUTS) {
    watch(join(root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (refreshLoaders(root)) console.error(`${dir}/ changed: data loaders will re-run`);
      }, 300);
    });
  }
}

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");
process.argv = [process.argv[0], bin, ...process.argv.slice(2)];
await import(pathToFileURL(bin).href);
