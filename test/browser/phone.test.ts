// Every page at phone width (390 × 844): the page never scrolls sideways (wide
// tables scroll in their own box), chart texts do not overlap, the sidebar is
// collapsed; and every page is Chinese: lang, pager labels, favicon.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROMIUM_PATH, launchBrowser } from "./browser.ts";

const OUTPUT = resolve(process.env.WORKBENCH_OUTPUT ?? "dist");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every page of the built site: the top-level pages, one report and one entity. */
function pages(): string[] {
  const top = readdirSync(OUTPUT)
    .filter((f) => f.endsWith(".html") && f !== "404.html")
    .map((f) => (f === "index.html" ? "/" : `/${f.replace(/\.html$/, "")}`));
  const first = (dir: string) =>
    `/${dir}/${readdirSync(join(OUTPUT, dir))
      .filter((f) => f.endsWith(".html"))[0]
      .replace(/\.html$/, "")}`;
  return [...top, first("reports"), first("entities")];
}

/** Pairs of visible chart texts whose boxes overlap by more than 2 px both ways. */
function overlappingChartTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll("#observablehq-main svg")) {
      const boxes = Array.from(svg.querySelectorAll("text"))
        .filter((t) => (t.textContent ?? "").trim() && t.getClientRects().length > 0 && getComputedStyle(t).visibility !== "hidden")
        .map((t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect() }))
        .filter((t) => t.box.width > 0);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].box, boxes[j].box];
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (dx > 2 && dy > 2) out.push(`${svg.getAttribute("class")}: ${boxes[i].text} × ${boxes[j].text}`);
        }
    }
    return out;
  });
}

describe(`every page at 390 px (${CHROMIUM_PATH})`, () => {
  it("no page scrolls sideways, chart texts do not overlap, the sidebar is collapsed, the UI is Chinese", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
    const failures: string[] = [];
    const notFound: string[] = [];
    try {
      for (const path of pages()) {
        const page = await context.newPage();
        page.on("response", (r) => {
          if (r.status() >= 400) notFound.push(`${path}: ${r.url()} ${r.status()}`);
        });
        // Not "networkidle": Playwright never sees the request for the site's shared DuckDB worker script finish
        // (it is answered to the SharedWorker, which Playwright does not track), so the network never looks idle.
        await page.goto(inject("baseUrl") + path, { waitUntil: "load" });
        await page.waitForFunction(() => document.querySelectorAll(".observablehq--loading").length === 0, null, { timeout: 60_000 });
        await page.waitForTimeout(500);
        const { scrollWidth, clientWidth, lang, sidebarShown, next } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          lang: document.documentElement.lang,
          sidebarShown: (document.getElementById("observablehq-sidebar")?.getBoundingClientRect().right ?? 0) > 0,
          next: (() => {
            const a = document.querySelector('#observablehq-footer nav a[rel="next"], #observablehq-footer nav a[rel="prev"]');
            return a ? getComputedStyle(a, "::before").content : null;
          })(),
        }));
        if (scrollWidth > clientWidth) failures.push(`${path}: page is ${scrollWidth} px wide in a ${clientWidth} px window`);
        if (lang !== "zh-CN") failures.push(`${path}: <html lang="${lang}">`);
        if (sidebarShown) failures.push(`${path}: the sidebar covers the page`);
        if (next !== null && !/^"(上一页|下一页)"$/.test(next)) failures.push(`${path}: pager label ${next}`);
        for (const o of await overlappingChartTexts(page)) failures.push(`${path}: overlapping chart text ${o}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
    expect(failures).toEqual([]);
    expect(notFound).toEqual([]);
  });
});
