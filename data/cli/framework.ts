// Runs the Observable Framework CLI (preview, build, …) fully offline:
// telemetry off, npm imports self-hosted from node_modules, and data loaders
// refreshed whenever seeds/ or the pipeline code in data/ change.
// Usage: tsx data/cli/framework.ts <framework command> [options]
import { rmSync, watch } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { installOfflineFetch } from "../offline/install.ts";
import { LOADER_INPUTS, refreshLoaders } from "../site/freshness.ts";
import { localizeOutput } from "../site/localize.ts";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
const root = process.cwd();
installOfflineFetch(join(root, "node_modules"));
if (refreshLoaders(root)) console.error("inputs changed since the last run: data loaders will re-run");

// Framework only clears an output folder inside the project; clear any other one
// ourselves, or a second build fails with "file conflict".
const output = process.env.WORKBENCH_OUTPUT;
if (process.argv[2] === "build" && output && relative(root, resolve(output)).startsWith(".."))
  rmSync(output, { recursive: true, force: true });

// Chinese lang and labels in the built pages, once Framework has written them (sync: runs on exit).
if (process.argv[2] === "build") {
  process.on("exit", (code) => {
    if (code === 0) localizeOutput(resolve(root, output ?? "dist"));
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
