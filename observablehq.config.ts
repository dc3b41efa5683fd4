// Observable Framework configuration. Everything the site serves is built from
// node_modules (see data/offline/); no page may reach another host.
import { existsSync } from "node:fs";
import { LOCALIZE_SCRIPT } from "./data/site/localize.ts";
import { NAV } from "./data/site/nav.ts";
import { corpusPaths } from "./data/site/paths.ts";
import { corpusName } from "./data/site/reportsDir.ts";

// The corpus folder's name, for provenance lines (src/components/sourceNote.ts reads it from the page head).
const CORPUS = corpusName().replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export default {
  root: "src",
  // Lets parallel builds (e.g. two engineers' browser tests) write to separate folders.
  output: process.env.WORKBENCH_OUTPUT ?? "dist",
  title: "报告工作台",
  lang: "zh-CN",
  // Only pages that exist are listed, so a page being written never breaks the build.
  pages: NAV.filter((p) => existsSync(`src${p.path === "/" ? "/index" : p.path}.md`)),
  // One report page and one entity page per id in the corpus (parameterized routes).
  dynamicPaths: corpusPaths,
  // Presentation mode on every page (?present) and for pages with `briefing: true` front matter.
  // Also: the favicon, and Chinese lang/labels under the preview server (built pages are rewritten by data/site/localize.ts).
  head: ({ data }: { data?: { briefing?: boolean } }) =>
    `${existsSync("src/favicon.svg") ? '<link rel="icon" type="image/svg+xml" href="/favicon.svg">' : ""}${LOCALIZE_SCRIPT}<script type="module" async src="/components/present.js"></script><meta name="workbench-corpus" content="${CORPUS}">${data?.briefing ? '<meta name="workbench-briefing" content="true">' : ""}`,
  // The default theme loads a web font from Google; a CJK system font stack replaces it.
  globalStylesheets: [],
  style: "style.css",
  // DuckDB-WASM would download extensions at run time; pages attach corpus.duckdb (no extension needed) instead.
  // Both platforms stay in the client (Framework 1.13's client throws in registerExtensions when `mvp` is
  // disabled); the build ships only the `eh` bundle every supported browser selects (data/site/buildAssets.ts).
  duckdb: { extensions: { json: null, parquet: null } },
  footer: `报告工作台 · 数据来自 ${CORPUS} 中的报告 · 离线构建，不访问任何外部主机`,
  search: false,
  // Framework's table of contents says "Contents" by default.
  toc: { label: "本页目录" },
  preserveExtension: false,
  preserveIndex: false,
  // TypeScript data loaders run from a cached esbuild bundle (data/cli/bundled.mjs), not through tsx, which
  // transpiled the whole pipeline on every run: src/data/corpus.tar.ts 2.9–3.4 → 1.3 CPU-s, same bytes.
  interpreters: { ".ts": ["node", "data/cli/bundled.mjs"] },
};
