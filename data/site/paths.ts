// The parameterized routes of the site: one report page per document and one
// entity page per entity. Computed by running the pipeline over seeds/, cached
// by the inputs' fingerprint so repeated builds and previews stay fast.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fingerprintInputs } from "./freshness.ts";
import { ingestSeeds } from "./corpus.ts";

interface CachedPaths {
  fingerprint: string;
  paths: string[];
}

/** `/reports/<doc_id>` and `/entities/<entity_id>` for the current corpus. */
export async function corpusPaths(root = process.cwd()): Promise<string[]> {
  const cacheFile = join(root, "src", ".observablehq", "cache", "dynamic-paths.json");
  const fingerprint = fingerprintInputs(root);
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as CachedPaths;
    if (cached.fingerprint === fingerprint) return cached.paths;
  }
  const result = await ingestSeeds(join(root, "seeds"));
  const paths = [...result.documents.map((d) => `/reports/${d.doc_id}`), ...result.entities.map((e) => `/entities/${e.entity_id}`)];
  mkdirSync(join(cacheFile, ".."), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ fingerprint, paths } satisfies CachedPaths));
  return paths;
}
