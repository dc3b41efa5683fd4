// `npm run ingest`: runs data/cli/ingest.ts from a cached bundle (see bundle-cache.mjs), so start-up
// is one plain module instead of tsx transpiling the pipeline on every run. Without esbuild
// (a production install), tsx runs the TypeScript as before.
import { fileURLToPath, pathToFileURL } from "node:url";
import { cachedBundle } from "./bundle-cache.mjs";

// Packages are bundled too (one module to load instead of hundreds of files), except DuckDB's
// native binding: its JavaScript API loaded as CommonJS from ESM cost ~0.1 s of lexing. Bundled
// CommonJS code gets a require(). The worker's own bundle is found through WB_SOURCE_ROOT, since
// import.meta.url inside the bundle is the bundle's.
const bundle = cachedBundle("ingest-cli", "data/cli/ingest.ts", {
  external: ["@duckdb/node-bindings*"],
  banner: { js: `import { createRequire as __wbRequire } from "node:module"; const require = __wbRequire(import.meta.url);` },
  define: { "process.env.WB_SOURCE_ROOT": JSON.stringify(fileURLToPath(new URL("../..", import.meta.url))) },
});
if (bundle) await import(pathToFileURL(bundle).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./ingest.ts");
}
