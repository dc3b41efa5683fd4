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

/**
 * `npx tsx bench/site-pages.ts [built dir] [/path …]`: measures every page (or the paths named) of a built site again and puts the figures
 * into bench/results.json and bench/REPORT.md (the other sections stay as the last full run left them, and a
 * note says when and under which load the pages were measured).
 */
async function remeasurePages(dist: string, only: readonly string[] = []): Promise<void> {
  const { readFile, writeFile } = await import("node:fs/promises");
  const { currentLoad } = await import("./machine.ts");
  const { renderReport } = await import("./report.ts");
  const { targetsOf } = await import("./summarize.ts");
  const file = join(ROOT, "bench", "results.json");
  const saved = JSON.parse(await readFile(file, "utf8")) as import("./types.ts").BenchResults;
  const loadStart = currentLoad();
  const measured = await measureSite(dist, only.length ? only : sitePaths(dist));
  const pages = only.length ? saved.pages.map((p) => measured.find((m) => m.path === p.path) ?? p) : measured;
  const which = only.length ? `Site pages ${only.join(", ")}` : "Site pages";
  const note = `${which} re-measured alone at ${new Date().toISOString()} (load average ${loadStart.toFixed(1)} at the start, ${currentLoad().toFixed(1)} at the end, on 2 cores); the other sections are from the run above.`;
  const partial = { ...saved, pages, notes: [...saved.notes.filter((n) => !(n.startsWith(which) && n.includes("re-measured"))), note] };
  const results = { ...partial, targets: targetsOf(partial) };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(ROOT, "bench", "REPORT.md"), renderReport(results));
  for (const p of measured)
    process.stdout.write(
      `${p.path}: first view ${p.firstViewMs?.toFixed(0) ?? "–"} ms cold, ${p.warm?.firstViewMs?.toFixed(0) ?? "–"} ms warm; DuckDB ${p.firstQueryMs?.toFixed(0) ?? "–"} / ${p.warm?.firstQueryMs?.toFixed(0) ?? "–"} ms; ${p.bytes} B / ${p.warm?.bytes} B\n`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) await remeasurePages(process.argv[2] ?? join(ROOT, "dist"), process.argv.slice(3));
