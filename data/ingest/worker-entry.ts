import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cachedBundle, ROOT } from "../cli/bundle-cache.mjs";

let entry: URL | undefined;

/**
 * The module each ingest worker runs. When esbuild is installed, worker.ts and everything it
 * imports are bundled into one plain module, cached on disk (data/cli/bundle-cache.mjs) and rebuilt
 * only when a source changed, so a worker starts by evaluating one module instead of loading tsx and
 * transpiling each file again in its own thread (at 100× that load took ~0.3 s of CPU per worker),
 * and a run no longer spends ~0.4 s bundling. Otherwise worker-boot.mjs registers tsx.
 */
export function workerEntry(): URL {
  if (entry === undefined) {
    const require = createRequire(join(ROOT, "package.json"));
    const bundle = cachedBundle("ingest-worker", "data/ingest/worker.ts", {
      // Bundled CommonJS code (yaml, linkedom's dependencies) needs a require(); the PDF reader finds pdf.js by URL.
      banner: { js: `import { createRequire as __wbRequire } from "node:module"; const require = __wbRequire(import.meta.url);` },
      define: {
        "process.env.WB_PDFJS_URL": JSON.stringify(pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.mjs")).href),
      },
    });
    entry = bundle ? pathToFileURL(bundle) : pathToFileURL(join(ROOT, "data", "ingest", "worker-boot.mjs"));
  }
  return entry;
}
