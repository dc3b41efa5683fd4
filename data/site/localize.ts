// Framework 1.13 writes `<html>` without a language (its `lang` option is
// ignored) and an English sidebar-toggle title; the built pages are rewritten
// to Chinese once the build has finished. (The pager's English labels are CSS,
// replaced in src/style.css; the preview server gets the same fixes from the
// inline script in the config's `head`.)
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Page language of every built page. */
export const PAGE_LANG = "zh-CN";
/** Title of Framework's sidebar toggle. */
export const SIDEBAR_TOGGLE_TITLE = "显示或隐藏导航栏";

/** One built page in Chinese: `<html lang="zh-CN">` and the sidebar toggle's title. Idempotent. */
export function localizeHtml(html: string): string {
  return html
    .replace(/<html(?![^>]*\blang=)([^>]*)>/, `<html lang="${PAGE_LANG}"$1>`)
    .replaceAll('title="Toggle sidebar">', `title="${SIDEBAR_TOGGLE_TITLE}" aria-label="${SIDEBAR_TOGGLE_TITLE}">`);
}

/** Rewrites every .html file below `dir` (synchronous: it runs in the build process's exit handler). Returns the count. */
export function localizeOutput(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "_npm" && name !== "_file") count += localizeOutput(path);
    } else if (name.endsWith(".html")) {
      const html = readFileSync(path, "utf8");
      const localized = localizeHtml(html);
      if (localized !== html) writeFileSync(path, localized);
      count++;
    }
  }
  return count;
}

/** Inline script for pages served by the preview server (the build output is rewritten instead). */
export const LOCALIZE_SCRIPT = `<script>document.documentElement.lang=${JSON.stringify(PAGE_LANG)};addEventListener("DOMContentLoaded",()=>{const t=document.getElementById("observablehq-sidebar-toggle");if(t){t.title=${JSON.stringify(SIDEBAR_TOGGLE_TITLE)};t.setAttribute("aria-label",t.title)}})</script>`;
