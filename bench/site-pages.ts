// Builds the real site (npm run build into a folder of our own) and measures its nav pages cold.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { NAV } from "../data/site/nav.ts";
import { serveStatic } from "../data/site/server.ts";
import { measurePage, type PageResult } from "./browser/pages.ts";
import { trackServerBytes } from "./browser/serverBytes.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The site's navigation pages (data/site/nav.ts, as in the sidebar). */
export const NAV_PATHS: readonly string[] = NAV.map((p) => p.path);

/** The nav pages plus one report reader and one entity page of the built site (the first of each by file name). */
export function sitePaths(dist: string): string[] {
  const first = (folder: string) => {
    const dir = join(dist, folder);
    const page = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".html"))
          .sort()[0]
      : undefined;
    return page ? [`/${folder}/${page.replace(/\.html$/, "")}`] : [];
  };
  return [...NAV_PATHS, ...first("reports"), ...first("entities")];
}

/** Runs `npm run build` with WORKBENCH_OUTPUT=`output`; rejects with the log tail on failure. */
export function buildSite(output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], {
      cwd: ROOT,
      env: { ...process.env, WORKBENCH_OUTPUT: output, OBSERVABLE_TELEMETRY_DISABLE: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d) => {
      log += d;
    });
    child.stderr.on("data", (d) => {
      log += d;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}: ${log.trim().split("\n").slice(-6).join(" / ")}`)),
    );
  });
}

/** Serves `dist` and measures `paths` (every nav page by default), cold and warm in a new on-disk profile each, counting the bytes the server sends. */
export async function measureSite(dist: string, paths: readonly string[] = NAV_PATHS): Promise<PageResult[]> {
  const { server, url } = await serveStatic(dist);
  try {
    const out: PageResult[] = [];
    const serverBytes = trackServerBytes(server);
    for (const path of paths) out.push(await measurePage(url, path, { serverBytes }));
    return out;
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}
