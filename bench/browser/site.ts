// The bench site: page.ts built by Framework into its own folder, with the benchmark
// data linked in as /bench-data/, served on 127.0.0.1 by the site's static server.
import { spawn } from "node:child_process";
import { copyFile, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PAGE = fileURLToPath(new URL("./page.ts", import.meta.url));
const BUILDER = fileURLToPath(new URL("./framework-build.ts", import.meta.url));

// Same offline settings as observablehq.config.ts: no web font, no DuckDB extension downloads.
const INDEX_MD = `---
title: bench
toc: false
sidebar: false
---

\`\`\`js
import {install} from "./bench-page.js";
display(install());
\`\`\`
`;

/** Builds the bench site into `<workDir>/dist` and links `dataDir` as `/bench-data`; returns the dist folder. */
export async function buildBenchSite(workDir: string, dataDir: string): Promise<string> {
  const src = join(workDir, "src");
  const dist = join(workDir, "dist");
  await rm(workDir, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  await writeFile(join(src, "index.md"), INDEX_MD);
  await copyFile(PAGE, join(src, "bench-page.ts"));
  const config = join(workDir, "observablehq.config.js");
  await writeFile(
    config,
    `export default ${JSON.stringify({ root: src, output: dist, title: "bench", pager: false, globalStylesheets: [], duckdb: { extensions: { json: null, parquet: null } } })};\n`,
  );
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", tsx, BUILDER, config], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => {
      log += d;
    });
    child.stderr.on("data", (d) => {
      log += d;
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`bench site build failed (${code}):\n${log.slice(-3000)}`))));
  });
  await symlink(dataDir, join(dist, "bench-data"), "dir");
  return dist;
}
