// The parameterized routes of the site: one report page per document and one
// entity page per entity. Computed by running the pipeline over seeds/, cached
// by the inputs' fingerprint so repeated builds and previews stay fast.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingestSeeds } from "./corpus.ts";
import { fingerprintInputs } from "./freshness.ts";
import { REPORTS_DIR } from "./reportsDir.ts";

interface CachedPaths {
  fingerprint: string;
  paths: string[];
}

/** `/reports/<doc_id>` and `/entities/<entity_id>` for the current corpus (Framework wants an async iterable). */
export async function* corpusPaths(): AsyncGenerator<string> {
  const root = process.cwd();
  // A route is only listed once its page template exists (pages are written independently).
  const templates = ["reports", "entities"].filter((dir) => existsSync(join(root, "src", dir, "[id].md")));
  for (const path of await listCorpusPaths(root)) if (templates.includes(path.split("/")[1])) yield path;
}

/** The route list, from the cache when the inputs have not changed. */
export async function listCorpusPaths(root: string): Promise<string[]> {
  const cacheFile = join(root, "src", ".observablehq", "cache", "dynamic-paths.json");
  const fingerprint = fingerprintInputs(root);
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as CachedPaths;
    if (cached.fingerprint === fingerprint) return cached.paths;
  }
  const result = await ingestSeeds(join(root, REPORTS_DIR));
  const paths = [...result.documents.map((d) => `/reports/${d.doc_id}`), ...result.entities.map((e) => `/entities/${e.entity_id}`)];
  mkdirSync(join(cacheFile, ".."), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ fingerprint, paths } satisfies CachedPaths));
  return paths;
}
