// Runs the Observable Framework CLI (preview, build, …) fully offline:
// telemetry off, npm imports self-hosted from node_modules.
// Usage: tsx data/cli/framework.ts <framework command> [options]
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { installOfflineFetch } from "../offline/install.ts";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
installOfflineFetch();
const require = createRequire(import.meta.url);
const pkg = require.resolve("@observablehq/framework/package.json");
const bin = join(dirname(pkg), "dist", "bin", "observable.js");
process.argv = [process.argv[0], bin, ...process.argv.slice(2)];
await import(pathToFileURL(bin).href);
