// `npm run ingest`: runs data/cli/ingest.ts from a cached bundle (see bundle-cache.mjs), so start-up
// is one plain module instead of tsx transpiling the pipeline on every run. Without esbuild
// (a production install), tsx runs the TypeScript as before.
import { pathToFileURL } from "node:url";
import { cachedBundle, ENTRY_OPTIONS } from "./bundle-cache.mjs";

// Packages are bundled too: one module to load instead of hundreds of files (see ENTRY_OPTIONS).
const bundle = cachedBundle("ingest-cli", "data/cli/ingest.ts", ENTRY_OPTIONS);
if (bundle) await import(pathToFileURL(bundle).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./ingest.ts");
}
