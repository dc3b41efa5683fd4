// Deliverables made in the browser, opened as their programs would: a chart as
// SVG (XML with the Chinese labels) and PNG (signature and size), a table as
// .xlsx, the briefing as .pptx (zip packages checked part by part).
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, button: ReturnType<Page["locator"]>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

const xmlOf = (files: Record<string, Uint8Array>, pattern: RegExp) =>
  Object.entries(files)
    .filter(([name]) => pattern.test(name))
    .map(([, data]) => strFromU8(data))
    .join("\n");

describe("chart and table downloads", () => {
  it("a chart downloads as SVG with its Chinese labels and as a PNG twice its size; a table as .xlsx with a source column", async () => {
    const { page, problems } = await openPage(browser, inject("baseUrl"), "/");
    await page.waitForSelector("svg.bar-chart + .export-bar button", { timeout: 60_000 });
    const chart = page.locator("svg.bar-chart").first();
    const label = (await chart.locator('[aria-label="x-axis label"]').textContent()) ?? "";
    const width = Number(await chart.getAttribute("width"));
    const bar = page.locator("svg.bar-chart + .export-bar").first();

    const svg = await download(page, bar.getByRole("button", { name: "SVG" }));
    expect(svg.name).toMatch(/-bar-chart\.svg$/);
    const text = svg.bytes.toString("utf8");
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(label).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toContain(label);
    expect(text).not.toContain("var(--");

    const png = await download(page, bar.getByRole("button", { name: "PNG" }));
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.readUInt32BE(16)).toBe(width * 2); // IHDR width

    const tableBar = page.locator(".report-table + .export-bar").first();
    const xlsx = await download(page, tableBar.getByRole("button", { name: "Excel" }));
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const files = unzipSync(new Uint8Array(xlsx.bytes));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    const xml = xmlOf(files, /\.xml$/);
    const headers = await page.$$eval(".report-table thead th", (ths) => ths.map((t) => (t.textContent ?? "").trim()));
    for (const h of headers) expect(xml).toContain(h);
    expect(xml).toContain("来源（原文位置）");
    expect(xml).toMatch(/http:\/\/127\.0\.0\.1:\d+\/reports\/[0-9a-f]+/);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe("briefing as PowerPoint", () => {
  it("the .pptx has one slide per section with its heading, figures, source line, a chart image and notes", async () => {
    const { page, problems } = await openPage(browser, inject("baseUrl"), "/briefing");
    await page.waitForSelector(".briefing-controls", { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelectorAll(".observablehq--loading").length === 0, null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const total = Number((await page.textContent(".briefing-count"))?.split("/")[1]);
    const headings = await page.$$eval("#observablehq-main > h2", (hs) => hs.map((h) => (h.textContent ?? "").trim()));
    const figure = (await page.locator(".briefing-fact a.fact-link").first().textContent()) ?? "";
    const pptx = await download(page, page.getByRole("button", { name: "下载为可编辑的 PowerPoint（.pptx）" }));
    expect(pptx.name).toMatch(/\.pptx$/);
    const files = unzipSync(new Uint8Array(pptx.bytes));
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBe(total);
    const slideXml = xmlOf(files, /^ppt\/slides\/slide\d+\.xml$/);
    for (const h of headings) expect(slideXml).toContain(h);
    expect(figure).not.toBe("");
    expect(slideXml).toContain(figure);
    expect(slideXml).toContain("来源：");
    expect(
      Object.keys(files).filter((n) => n.startsWith("ppt/media/")),
      Object.keys(files).join(" "),
    ).not.toEqual([]);
    expect(xmlOf(files, /^ppt\/notesSlides\/.+\.xml$/)).toContain("强调这些是报道中写明的实绩金额");
    expect(xmlOf(files, /^ppt\/slides\/_rels\/.+\.rels$/)).toMatch(/\/reports\/[0-9a-f]+#f-/);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
