// Briefings an audience can trust: every figure on /briefing is an amount or
// rate of an identified indicator (checked against facts.parquet with the same
// gate), every slide fits 1280×720 and 1920×1080, ?present=N opens slide N on
// any page with ## sections, and printing gives one page per slide.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isBriefingFigure } from "../../src/queries/briefingFacts.ts";
import { describeProblems, launchBrowser } from "./browser.ts";

const OUTPUT = resolve(process.env.WORKBENCH_OUTPUT ?? "dist");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openAt(path: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: "zh-CN" });
  const page = await context.newPage();
  // Not "networkidle": Playwright never sees the request for the site's shared DuckDB worker script finish.
  await page.goto(inject("baseUrl") + path, { waitUntil: "load" });
  await page.waitForSelector(".briefing-controls", { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll(".observablehq--loading").length === 0, null, { timeout: 60_000 });
  await page.waitForTimeout(400);
  return page;
}

/** How far the current slide reaches past the room above the controls (px; ≤ 0 fits), and past the right edge. */
function overflow(page: Page): Promise<{ below: number; right: number }> {
  return page.evaluate(() => {
    const controls = document.querySelector(".briefing-controls")?.getBoundingClientRect().top ?? innerHeight;
    let bottom = 0;
    let right = 0;
    for (const el of document.querySelectorAll(".briefing-current")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      bottom = Math.max(bottom, box.bottom + scrollY);
      right = Math.max(right, box.right);
    }
    return { below: Math.round(bottom - controls), right: Math.round(right - document.documentElement.clientWidth) };
  });
}

describe("briefing (/briefing)", () => {
  it("shows only identified indicator amounts and rates as figures", async () => {
    const page = await openAt("/briefing", 1280, 720);
    const ids = await page.$$eval("#observablehq-main a.fact-link", (as) => as.map((a) => (a.getAttribute("href") ?? "").split("#f-")[1]));
    const labels = await page.$$eval(".briefing-fact strong", (ss) => ss.map((s) => s.textContent ?? ""));
    await page.context().close();
    expect(ids.length).toBeGreaterThan(0);
    expect(labels.filter((l) => l.includes("未识别"))).toEqual([]);
    const dir = join(OUTPUT, "_file", "data", "corpus");
    const file = readdirSync(dir).find((f) => f.startsWith("facts.") && f.endsWith(".parquet"));
    const duck = await (await DuckDBInstance.create(":memory:")).connect();
    const list = ids.map((id) => `'${id.replaceAll("'", "''")}'`).join(",");
    const rows = (
      await duck.runAndReadAll(`SELECT * FROM read_parquet('${join(dir, String(file))}') WHERE fact_id IN (${list})`)
    ).getRowObjectsJson();
    expect(rows.length).toBe(new Set(ids).size);
    const shown = rows.map((r) => ({ text: r.text, metric: r.metric, kind: r.kind, unit: r.unit, qualifier: r.qualifier }));
    expect(shown.filter((f) => !isBriefingFigure(f as Parameters<typeof isBriefingFigure>[0]))).toEqual([]);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    it(`every slide fits a ${width}×${height} screen`, async () => {
      const page = await openAt("/briefing", width, height);
      const total = Number((await page.textContent(".briefing-count"))?.split("/")[1]);
      const misfits: string[] = [];
      for (let i = 1; i <= total; i++) {
        await page.waitForTimeout(350); // the slide is refitted once its charts settle
        const { below, right } = await overflow(page);
        if (below > 4 || right > 1) misfits.push(`slide ${i}: ${below} px below the controls, ${right} px past the right edge`);
        await page.keyboard.press("ArrowRight");
      }
      await page.context().close();
      expect(misfits).toEqual([]);
    });
  }

  it("printing gives one page per slide", async () => {
    const page = await openAt("/briefing", 1280, 720);
    const total = Number((await page.textContent(".briefing-count"))?.split("/")[1]);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4" });
    await page.context().close();
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(total);
  });
});

describe("?present on any page", () => {
  // /timeline wraps its content in <div class="page-b …">, with ## sections inside.
  it("/timeline?present=2 opens on slide 2 of one slide per ## section", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "zh-CN" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${inject("baseUrl")}/timeline?present=2`, { waitUntil: "load" });
    await page.waitForSelector(".briefing-controls", { timeout: 60_000 });
    await page.waitForTimeout(500);
    const h2 = await page.$$eval("#observablehq-main h2[id]", (hs) => hs.map((h) => h.textContent));
    expect(h2.length).toBeGreaterThan(0);
    expect(await page.textContent(".briefing-count")).toBe(`2 / ${h2.length + 1}`);
    const visible = await page.$$eval("#observablehq-main h1, #observablehq-main h2[id]", (hs) =>
      hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent),
    );
    expect(visible).toEqual([h2[0]]);
    expect(errors, describeProblems("/timeline?present=2", { consoleErrors: errors, failedRequests: [], externalRequests: [] })).toEqual(
      [],
    );
    await context.close();
  });
});
