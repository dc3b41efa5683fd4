// The site built from a multi-province corpus instead of the seeds: three real reports from 湖北
// (恩施州 news), 陕西 (子洲县 statistical bulletin) and a news item on 深圳市 bodies meeting 长沙高新区
// (test/fixtures/regions/, sources in test/site/regions.test.ts). Built once here with
// WORKBENCH_REPORTS, into its own folder; the overview, its region filter and the compare page must show
// the corpus's own regions, with the hierarchy, and no 济宁 anywhere.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../data/site/server.ts";
import { describeProblems, launchBrowser, type OpenedPage, openPage } from "./browser.ts";

const CLEAN = { consoleErrors: [], failedRequests: [], externalRequests: [] };
let browser: Browser;
let server: Server;
let baseUrl: string;
let output: string;

beforeAll(async () => {
  output = mkdtempSync(join(tmpdir(), "workbench-regions-"));
  execFileSync("npm", ["run", "build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", WORKBENCH_REPORTS: "test/fixtures/regions", WORKBENCH_OUTPUT: output },
  });
  const served = await serveStatic(output);
  server = served.server;
  baseUrl = served.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  rmSync(output, { recursive: true, force: true });
});

async function visit(path: string, selector: string, check: (opened: OpenedPage) => Promise<void>): Promise<void> {
  const opened = await openPage(browser, baseUrl, path);
  try {
    await opened.page.waitForSelector(selector, { timeout: 60_000 });
    await check(opened);
    await opened.page.waitForTimeout(300);
    expect(opened.problems, describeProblems(path, opened.problems)).toEqual(CLEAN);
  } finally {
    await opened.page.context().close();
  }
}

describe("a multi-province corpus", () => {
  it("the overview lists each report with its own region and names no seed place", async () => {
    await visit("/", ".report-table", async ({ page }) => {
      const regions = await page.$$eval(".report-table tbody tr td[title]", (cells) => cells.map((c) => c.getAttribute("title")));
      expect(new Set(regions)).toEqual(new Set(["湖北省/恩施土家族苗族自治州", "陕西省/榆林市/子洲县", "广东省/深圳市"]));
      expect(await page.locator("body").textContent()).not.toContain("济宁");
    });
  });

  it("filters by a province and includes the places inside it", async () => {
    await visit(`/?region=${encodeURIComponent("陕西省")}`, ".report-table", async ({ page }) => {
      const regions = await page.$$eval(".report-table tbody tr td[title]", (cells) => cells.map((c) => c.getAttribute("title")));
      expect(regions).toEqual(["陕西省/榆林市/子洲县"]);
    });
  });

  it("the compare page offers the regions that report indicators (子洲县's bulletin), each row one of them", async () => {
    await visit("/compare", ".small-multiples", async ({ page }) => {
      const labels = await page.$$eval("form label", (els) => els.map((e) => e.textContent?.trim() ?? ""));
      expect(labels).toContain("子洲县");
      expect(labels.join(" ")).not.toContain("济宁");
      const zones = await page.$$eval(".compare-table tbody tr", (rows) => rows.map((r) => r.getAttribute("data-zone")));
      expect(zones.length).toBeGreaterThan(0);
      for (const zone of zones) expect(labels).toContain(zone);
    });
  });
});
