import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeProblems, launchBrowser, openPage } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("offline site", () => {
  it("test-offline page runs DuckDB-WASM, d3, Plot, Inputs and Arquero with no external request", async () => {
    const { page, problems } = await openPage(browser, inject("baseUrl"), "/test-offline");
    await page.waitForFunction(() => document.body.textContent.includes("42"), null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    expect(problems, describeProblems("/test-offline", problems)).toEqual({ consoleErrors: [], failedRequests: [], externalRequests: [] });
  });
});
