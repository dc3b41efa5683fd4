// Analyst pages in a real browser: overview, report reader, indicators, search,
// quality. Each page must load with no console error, no failed request and no
// request to another host, and show real content from the seed reports.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TABLES } from "../../src/contract/index.ts";
import { describeProblems, launchBrowser, type OpenedPage, openPage } from "./browser.ts";

let browser: Browser;
let baseUrl: string;
beforeAll(async () => {
  browser = await launchBrowser();
  baseUrl = inject("baseUrl");
});
afterAll(async () => {
  await browser?.close();
});

const CLEAN = { consoleErrors: [], failedRequests: [], externalRequests: [] };

/** Opens a page, runs `check`, then asserts the page did nothing it must not do. */
async function visit(path: string, check: (page: Page, opened: OpenedPage) => Promise<void>): Promise<void> {
  const opened = await openPage(browser, baseUrl, path);
  try {
    await check(opened.page, opened);
    await opened.page.waitForTimeout(300);
    expect(opened.problems, describeProblems(path, opened.problems)).toEqual(CLEAN);
  } finally {
    await opened.page.context().close();
  }
}

const rowCount = (page: Page, selector: string) => page.locator(selector).count();

describe("overview /", () => {
  it("paints the 济宁经开区 GDP of 43.31亿元 from the precomputed summary, without loading DuckDB or Parquet", async () => {
    await visit("/", async (page) => {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.waitForSelector(".headline-table", { timeout: 30_000 });
      const gdpRow = page.locator(".headline-table tr", { hasText: "地区生产总值" }).filter({ hasText: "济宁经开区" });
      await expect(gdpRow.locator("a.fact-link").first().textContent()).resolves.toBe("43.31亿元");
      const card = page.locator(".kpi", { hasText: "济宁经开区 地区生产总值" });
      await expect(card.locator(".kpi-value").textContent()).resolves.toBe("43.31亿元");
      expect(await card.locator("a.kpi-value").getAttribute("href")).toMatch(/^\/reports\/[0-9a-f]+#f-[0-9a-f]+-s\d+-f\d+$/);
      // One row per report, each linking to the reader.
      expect(await rowCount(page, ".report-table tbody tr")).toBe(5);
      expect(await page.locator(".report-table tbody a[href^='/reports/']").count()).toBe(5);
      // The largest-amounts chart is a D3 SVG with bars and a Chinese axis label.
      expect(await page.locator("svg.bar-chart rect.bar-mark").count()).toBeGreaterThan(3);
      expect(await page.locator('svg.bar-chart [aria-label="x-axis label"]').textContent()).toBe("金额（元，对数刻度）");
      await page.waitForTimeout(500);
      expect(requests.filter((u) => /duckdb|\.parquet/i.test(u))).toEqual([]);
    });
  });

  it("filters by region (with the hierarchy) from the URL and notes an invalid region", async () => {
    await visit(`/?region=${encodeURIComponent("山东省/济宁市/济宁高新技术产业开发区")}`, async (page) => {
      await page.waitForSelector(".report-table", { timeout: 30_000 });
      expect(await rowCount(page, ".report-table tbody tr")).toBe(4);
      expect(await page.locator(".kpi", { hasText: "济宁经开区 地区生产总值" }).count()).toBe(0);
    });
    // The province includes its city's zones.
    await visit(`/?region=${encodeURIComponent("山东省")}`, async (page) => {
      await page.waitForSelector(".report-table", { timeout: 30_000 });
      expect(await rowCount(page, ".report-table tbody tr")).toBe(5);
    });
    await visit("/?region=火星", async (page) => {
      await page.waitForSelector(".report-table", { timeout: 30_000 });
      await expect(page.locator(".param-note").textContent()).resolves.toContain("region=火星");
      expect(await rowCount(page, ".report-table tbody tr")).toBe(5);
    });
  });
});

/** The reader link of the 经开区 GDP fact, taken from the overview. */
async function gdpHref(): Promise<string> {
  let href = "";
  await visit("/", async (page) => {
    await page.waitForSelector(".kpi a.kpi-value", { timeout: 30_000 });
    href = (await page.locator(".kpi", { hasText: "经开区 地区生产总值" }).locator("a.kpi-value").getAttribute("href")) ?? "";
  });
  return href;
}

const EVIL = '报告<img src=x onerror="window.__pwned=1">正文<script>window.__pwned=2</script>';

describe("report reader /reports/<doc_id>", () => {
  it("highlights 43.31亿元 and its #f- deep link scrolls it into view and flashes it", async () => {
    const href = await gdpHref();
    const anchor = href.split("#")[1];
    await visit(href, async (page) => {
      await page.waitForSelector("#report-text", { timeout: 60_000 });
      const span = page.locator(`[id="${anchor}"]`);
      await expect(span.textContent()).resolves.toBe("43.31亿元");
      expect(await span.getAttribute("class")).toContain("hl-fact");
      expect(await span.getAttribute("title")).toContain("指标：地区生产总值");
      await page.waitForFunction((id) => document.getElementById(id)?.classList.contains("hl-flash"), anchor, { timeout: 10_000 });
      const inView = await page.evaluate((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && window.scrollY > 0;
      }, anchor);
      expect(inView).toBe(true);
      // The side list links to the same fact; the whole text is present.
      expect(await page.locator(`.fact-list a[href="#${anchor}"]`).count()).toBe(1);
      expect(await page.locator("#report-text").textContent()).toContain("上半年，实现地区生产总值43.31亿元");
      // The reader's data is built with the site: opening a report starts no DuckDB-WASM.
      const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
      expect(fetched.filter((u) => /\/reports\/[0-9a-f]+\.[0-9a-f]+\.json$/.test(u))).toHaveLength(1);
      expect(fetched.filter((u) => /duckdb|\.parquet/i.test(u))).toEqual([]);
      expect(await page.locator("#report-text img, #report-text script").count()).toBe(0);
    });
  });

  it("renders markup in report text as text and runs nothing (highlight module as loaded by the page)", async () => {
    const href = await gdpHref();
    await visit(href.split("#")[0], async (page) => {
      await page.waitForSelector("#report-text", { timeout: 60_000 });
      // A string, so Vitest does not rewrite the dynamic import for Node.
      const result = await page.evaluate(`(async () => {
        const url = performance.getEntriesByType("resource").map((e) => e.name)
          .find((n) => /\\/_import\\/components\\/highlight\\.[0-9a-f]+\\.js$/.test(n));
        if (!url) throw new Error("highlight module not loaded by the reader");
        const { highlight } = await import(url);
        const text = ${JSON.stringify(EVIL)};
        const el = highlight(text, [{ start: 2, end: 8, className: "hl hl-fact hl-amount", id: "f-evil" }]);
        document.querySelector("#report-text").append(el);
        await new Promise((r) => setTimeout(r, 300));
        return {
          text: el.textContent,
          elements: document.querySelectorAll("#report-text img, #report-text script").length,
          pwned: window.__pwned ?? null,
        };
      })()`);
      expect(result).toEqual({ text: EVIL, elements: 0, pwned: null });
    });
  });

  it("a #s- sentence link scrolls to the sentence", async () => {
    const href = await gdpHref();
    const sentence = href.split("#f-")[1].replace(/-f\d+$/, "");
    await visit(`${href.split("#")[0]}#s-${sentence}`, async (page) => {
      await page.waitForFunction((id) => document.getElementById(id)?.classList.contains("hl-flash"), `s-${sentence}`, { timeout: 60_000 });
      expect(await page.locator(`[id="s-${sentence}"]`).textContent()).toContain("43.31亿元");
    });
  });
});

describe("indicators /indicators", () => {
  it("shows the analyst's table: indicators by report and year, each cell linking to its sentence", async () => {
    await visit("/indicators", async (page) => {
      await page.waitForSelector(".indicator-table tbody tr", { timeout: 60_000 });
      const labels = await page.locator(".indicator-table tbody tr td:nth-child(2)").allTextContents();
      expect(labels).toContain("城镇新增就业");
      // Seed 000 has no year: its half-year GDP is in a column of its own.
      expect(labels).toContain("地区生产总值");
      await page.waitForSelector('.indicator-table thead th:has-text("年份不详上半年实际")', { timeout: 10_000 });
      const link = page.locator(".indicator-table a").first();
      expect(await link.getAttribute("href")).toMatch(/^\/reports\/[0-9a-f]+#f-/);
      expect(await page.locator("svg.line-chart").count()).toBe(1);
      // The seeds are one zone's reports of consecutive years: targets stand beside the next year's results.
      expect(await page.locator(".ledger-table tbody tr").count()).toBeGreaterThan(0);
      expect(await page.locator("a", { hasText: "全部数量事实" }).getAttribute("href")).toMatch(/facts$/);
    });
  });
});

describe("facts /facts", () => {
  const rows = ".facts-table tbody tr";
  const waitRows = (page: Page) => page.waitForSelector(`${rows}, .indicators .empty-state`, { timeout: 60_000 });

  it("shows every fact, and ?kind=growth narrows the DuckDB query to growth rates", async () => {
    let all = 0;
    await visit("/facts", async (page) => {
      await waitRows(page);
      all = await rowCount(page, rows);
      expect(all).toBeGreaterThan(100);
      await expect(page.locator(".source-note").first().textContent()).resolves.toContain(`共 ${all} 行`);
    });
    await visit("/facts?kind=growth", async (page) => {
      await waitRows(page);
      const growth = await rowCount(page, rows);
      expect(growth).toBeGreaterThan(0);
      expect(growth).toBeLessThan(all);
      const kinds = await page.locator(`${rows} td:nth-child(7)`).allTextContents();
      expect(new Set(kinds)).toEqual(new Set(["增速"]));
      // The dot plot shows the growth rates; the amount chart shows its empty state.
      // Percentage-point changes (个百分点) are a different unit and stay out of the percent dot plot.
      const percent = (await page.locator(`${rows} td:nth-child(4)`).allTextContents()).filter((v) => v.endsWith("%"));
      expect(percent.length).toBeGreaterThan(0);
      expect(await page.locator("svg.dot-plot circle.dot-mark").count()).toBe(percent.length);
      expect(await page.locator("svg.chart-empty").textContent()).toBe("当前筛选没有人民币金额");
      expect(await page.locator(".dot-label", { hasText: "4.7% · 第2位" }).count()).toBeGreaterThan(0);
    });
  });

  it("rejects an invalid parameter with a visible note and falls back to all facts", async () => {
    await visit("/facts?kind=bogus&year=1800", async (page) => {
      await waitRows(page);
      const note = await page.locator(".param-note").textContent();
      expect(note).toContain("kind=bogus");
      expect(note).toContain("year=1800");
      expect(await rowCount(page, rows)).toBeGreaterThan(100);
    });
  });

  it("clicking a bar filters the facts table to that metric and puts it in the URL", async () => {
    await visit(`/facts?region=${encodeURIComponent("山东省/济宁市/济宁经济技术开发区")}`, async (page) => {
      await waitRows(page);
      const before = await rowCount(page, rows);
      await page.locator('svg.bar-chart rect.bar[data-select="地区生产总值"]').first().click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get("focus") === "地区生产总值", null, { timeout: 10_000 });
      await page.waitForFunction((n) => document.querySelectorAll(".facts-table tbody tr").length < n, before, { timeout: 10_000 });
      const metrics = await page.locator(`${rows} td:nth-child(5)`).allTextContents();
      expect(new Set(metrics)).toEqual(new Set(["地区生产总值"]));
      expect(await page.locator(`${rows} a.fact-link`, { hasText: "43.31亿元" }).count()).toBe(1);
    });
  });

  it("downloads the selection as CSV and as Parquet that reads back with the same rows", async () => {
    await visit("/facts?kind=amount", async (page) => {
      await waitRows(page);
      const shown = await rowCount(page, rows);
      const dir = mkdtempSync(join(tmpdir(), "pages-a-"));
      const save = async (label: string) => {
        const [download] = await Promise.all([page.waitForEvent("download"), page.locator("button", { hasText: label }).click()]);
        const path = join(dir, download.suggestedFilename());
        await download.saveAs(path);
        return path;
      };
      const csv = readFileSync(await save("CSV"), "utf8");
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.trim().split("\n")).toHaveLength(shown + 1);
      expect(csv).toContain("43.31亿元");
      const parquet = await save("Parquet");
      const duck = await (await DuckDBInstance.create(":memory:")).connect();
      const read = (
        await duck.runAndReadAll(`select count(*)::INTEGER as n, sum(value) as total, bool_and(kind = 'amount') as all_amounts,
          count(*) filter (where text = '43.31亿元') as gdp from read_parquet('${parquet}')`)
      ).getRowObjectsJson();
      expect(read[0]).toMatchObject({ n: shown, all_amounts: true, gdp: "1" });
    });
  });
});

describe("search /search", () => {
  it("?q=小松 returns highlighted sentences grouped by report, including the 2023 review (seeds/004)", async () => {
    await visit("/search?q=小松", async (page) => {
      await page.waitForSelector(".search-results, .search .empty-state", { timeout: 60_000 });
      const group = page.locator(".report-group", { hasText: "seeds/004_58c0054395c95171.txt" });
      expect(await group.locator(".hit").count()).toBeGreaterThan(0);
      expect(await group.locator("h3").textContent()).toContain("回望2023");
      const marks = await page.locator(".search-results .hl-match").allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(new Set(marks)).toEqual(new Set(["小松"]));
      const link = await group.locator(".hit a").first().getAttribute("href");
      expect(link).toMatch(/^\/reports\/[0-9a-f]+#s-[0-9a-f]+-s\d+$/);
    });
  });

  it("is case-insensitive for Latin letters and writes the query to the URL", async () => {
    await visit("/search", async (page) => {
      await page.waitForSelector(".search .empty-state", { timeout: 60_000 });
      // Before any words: the reports searched, from the build (no DuckDB-WASM needed).
      expect(await page.locator(".search-start tbody tr").count()).toBeGreaterThan(0);
      await page.locator(".search input[type=text]").fill("clss");
      await page.waitForSelector(".search-results", { timeout: 10_000 });
      expect(await page.locator(".search-results .hl-match").first().textContent()).toBe("CLSS");
      expect(new URL(page.url()).searchParams.get("q")).toBe("clss");
      await page.locator(".search input[type=text]").fill("不存在的词语组合");
      await page.waitForSelector(".search .empty-state", { timeout: 10_000 });
    });
  });
});

describe("data dictionary /tables", () => {
  it("lists every table and column of the contract with row counts and a Parquet download per table", async () => {
    await visit("/tables", async (page) => {
      await page.waitForSelector(".data-dictionary", { timeout: 60_000 });
      const ids = await page.$$eval(".data-dictionary section", (els) => els.map((e) => e.id));
      expect(ids).toEqual(TABLES.map((t) => `table-${t.name}`));
      const factColumns = await page.locator("#table-facts tbody tr td:first-child").allTextContents();
      expect(factColumns).toEqual(TABLES.find((t) => t.name === "facts")!.columns.map((c) => c.name));
      expect(await page.locator("#table-facts p").textContent()).toMatch(/\d+ 行/);
      const href = await page.locator("#table-events a[download]").getAttribute("href");
      const res = await page.request.get(new URL(href!, baseUrl).href);
      expect(res.status()).toBe(200);
      expect(
        Buffer.from(await res.body())
          .subarray(0, 4)
          .toString(),
      ).toBe("PAR1");
    });
  });
});

describe("quality /quality", () => {
  it("lists every report with its counts, possible misses linked to the reader, and the errors table", async () => {
    await visit("/quality", async (page) => {
      await page.waitForSelector(".quality-table", { timeout: 60_000 });
      const files = await page.locator(".quality-table tbody td:first-child").allTextContents();
      expect(files).toEqual([
        "seeds/000_ffb5c2e5c6763d0c.txt",
        "seeds/001_dd31bf420b4d610c.txt",
        "seeds/002_e70ec2d6cbeccfa8.txt",
        "seeds/003_38f6dc02bb8fa8db.txt",
        "seeds/004_58c0054395c95171.txt",
      ]);
      const facts = await page.locator(".quality-table tbody td:nth-child(6)").allTextContents();
      expect(facts.every((n) => Number(n) > 0)).toBe(true);
      const misses = page.locator(".miss-list li a");
      expect(await misses.count()).toBeGreaterThan(0);
      expect(await misses.first().getAttribute("href")).toMatch(/^\/reports\/[0-9a-f]+#s-/);
      expect(await page.getByText("没有读取错误").isVisible()).toBe(true);
    });
  });
});
