// node data/cli/bundled.mjs <entry.ts> [args…]: runs a TypeScript entry (a data loader, a CLI) from a
// bundle cached by bundle-cache.mjs instead of through tsx, which transpiles every imported file on
// every run. observablehq.config.ts runs the site's .ts data loaders this way. Without esbuild (a
// production install) tsx runs the TypeScript as before.
import { relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { cachedBundle, ENTRY_OPTIONS, ROOT } from "./bundle-cache.mjs";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("usage: node data/cli/bundled.mjs <entry.ts> [args…]\n");
  process.exit(2);
}
const path = resolve(entry);
// The entry sees the arguments it would have under tsx: argv[1] is the entry itself.
process.argv = [process.argv[0], path, ...args];
// Bundled as the ingest CLI is (ENTRY_OPTIONS).
const bundle = cachedBundle(`run-${relative(ROOT, path).replace(/[^A-Za-z0-9]+/g, "-")}`, relative(ROOT, path), ENTRY_OPTIONS);
if (bundle) await import(pathToFileURL(bundle).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path).href);
}
