// The built dist/ works when a static host serves it under a sub-folder.
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../data/site/server.ts";
import { describeProblems, launchBrowser, openPage } from "./browser.ts";

let browser: Browser;
let server: Server;
let baseUrl: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const served = await serveStatic(process.env.WORKBENCH_OUTPUT ?? "dist", 0, { base: "/share/workbench/" });
  server = served.server;
  baseUrl = served.url;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => server?.close(() => ok()));
});

describe("deployment under a sub-folder", () => {
  it("the overview's report links stay inside the folder and the reader opens with its data", async () => {
    const { page, problems } = await openPage(browser, baseUrl, "/");
    const link = page.locator('a[href*="reports/"]').first();
    await link.waitFor({ timeout: 30_000 });
    const href = await link.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(href).toMatch(/^\/share\/workbench\/reports\//);
    await link.click();
    await page.waitForFunction(() => document.querySelectorAll("[id^='f-']").length > 0, null, { timeout: 30_000 });
    expect(problems, describeProblems("/share/workbench/", problems)).toEqual({
      consoleErrors: [],
      failedRequests: [],
      externalRequests: [],
    });
  });

  it("an entity page's links lead to other entity pages inside the folder", async () => {
    const { page, problems } = await openPage(browser, baseUrl, "/entities");
    const link = page.locator('a[href*="entities/e-"]').first();
    await link.waitFor({ timeout: 30_000 });
    const href = await link.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(href).toMatch(/^\/share\/workbench\/entities\/e-/);
    expect(problems, describeProblems("/share/workbench/entities", problems)).toEqual({
      consoleErrors: [],
      failedRequests: [],
      externalRequests: [],
    });
  });
});
