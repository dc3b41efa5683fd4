// Builds the one-page bench site with Observable Framework, offline (npm imports
// self-hosted from node_modules), without touching the main site's loader cache.
// Usage: node --import tsx bench/browser/framework-build.ts <config file>
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { installOfflineFetch } from "../../data/offline/install.ts";

const config = process.argv[2];
if (!config) throw new TypeError("usage: framework-build.ts <config file>");
process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
installOfflineFetch(fileURLToPath(new URL("../../node_modules", import.meta.url)));
const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");
process.argv = [process.argv[0], bin, "build", "--config", config];
await import(pathToFileURL(bin).href);
