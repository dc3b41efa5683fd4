import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The parts of esbuild's API used here (esbuild is a dev dependency, loaded only if present). */
interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

let bundled: URL | null | undefined;

function loadEsbuild(): Esbuild | null {
  try {
    return createRequire(import.meta.url)("esbuild") as Esbuild;
  } catch {
    // Not installed (a production install): workers load the TypeScript through tsx instead.
    return null;
  }
}

/**
 * The module each ingest worker runs. When esbuild is installed, worker.ts and everything it
 * imports are bundled once per process into a `data:` URL, so a worker starts by evaluating one
 * plain module instead of loading tsx and transpiling each file again in its own thread (at
 * 100× that load took ~0.3 s of CPU per worker). Otherwise worker-boot.mjs registers tsx.
 */
export function workerEntry(): URL {
  if (bundled === undefined) {
    const esbuild = loadEsbuild();
    bundled = null;
    if (esbuild) {
      const { outputFiles } = esbuild.buildSync({
        entryPoints: [fileURLToPath(new URL("./worker.ts", import.meta.url))],
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        // A data: URL module cannot resolve packages: bundled CommonJS code (yaml, linkedom's dependencies) gets a
        // require() rooted here, and the PDF reader finds pdf.js by an absolute URL.
        banner: {
          js: `import { createRequire as __wbRequire } from "node:module"; const require = __wbRequire(${JSON.stringify(import.meta.url)});`,
        },
        define: {
          "process.env.WB_PDFJS_URL": JSON.stringify(
            pathToFileURL(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.mjs")).href,
          ),
        },
        write: false,
        logLevel: "silent",
      });
      bundled = new URL(`data:text/javascript;base64,${Buffer.from(outputFiles[0]!.text).toString("base64")}`);
    }
  }
  return bundled ?? new URL("./worker-boot.mjs", import.meta.url);
}
