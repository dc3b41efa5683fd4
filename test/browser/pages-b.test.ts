// Analyst pages part B: timeline, entities, entity page, investment, compare.
// Every page: no console errors, no failed or external requests, real content.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatYuan } from "../../src/components/format.ts";
import { describeProblems, launchBrowser, type OpenedPage, openPage } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const NO_PROBLEMS = { consoleErrors: [], failedRequests: [], externalRequests: [] };

/** Opens a page and waits for `selector` (the page's data has loaded). */
async function open(path: string, selector: string): Promise<OpenedPage> {
  const opened = await openPage(browser, inject("baseUrl"), path);
  await opened.page.waitForSelector(selector, { timeout: 30_000 });
  return opened;
}

async function expectClean({ page, problems }: OpenedPage, path: string): Promise<void> {
  await page.waitForTimeout(300);
  expect(problems, describeProblems(path, problems)).toEqual(NO_PROBLEMS);
  await page.context().close();
}

const rowDates = (page: Page) =>
  page.$$eval(".events-table tbody tr[data-date]", (rows) => rows.map((r) => r.getAttribute("data-date") ?? ""));

const MONTHS: Record<string, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** [start, end) of a table row's event period as YYYY-MM-DD strings (end exclusive). */
function rowPeriod(date: string, precision: string, endDate: string): [string, string] {
  const last = new Date(`${endDate || date}T00:00:00Z`);
  const end = MONTHS[precision]
    ? new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + MONTHS[precision], 1))
    : new Date(last.getTime() + 86_400_000);
  return [date, end.toISOString().slice(0, 10)];
}

describe("/timeline", () => {
  it("draws a mark dated 2017-11-11 (the 20 projects groundbreaking) in the 高新区 lane", async () => {
    const opened = await open("/timeline", ".timeline-chart");
    const { page } = opened;
    const mark = page.locator('.timeline-chart .timeline-mark[data-date="2017-11-11"]').first();
    expect(await mark.getAttribute("data-action")).toBe("开工");
    expect(await mark.evaluate((el) => el.tagName.toLowerCase())).toBe("circle");
    expect(await page.locator(".timeline-chart .timeline-lanes").textContent()).toContain("济宁高新区");
    // Every mark links to the event in the reader.
    expect(await mark.evaluate((el) => el.parentElement?.getAttribute("href"))).toMatch(/^\/reports\/[0-9a-f]+#e-/);
    await expectClean(opened, "/timeline");
  });

  it("brushing the context strip narrows the events table and writes the range into the URL", async () => {
    const opened = await open("/timeline", ".timeline-brush .overlay");
    const { page } = opened;
    const before = await rowDates(page);
    expect(before.length).toBeGreaterThan(5);
    const box = (await page.locator(".timeline-brush .overlay").boundingBox())!;
    // The strip runs from 2017-01-01 to today: its first tenth is about the year 2017.
    await page.mouse.move(box.x + box.width * 0.03, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.09, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has("from"), null, { timeout: 10_000 });
    const url = new URL(page.url());
    const [from, to] = [url.searchParams.get("from")!, url.searchParams.get("to")!];
    expect(from < to).toBe(true);
    await page.waitForFunction((n) => document.querySelectorAll(".events-table tbody tr[data-date]").length < n, before.length);
    const after = await rowDates(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    // Every row left overlaps the brushed range [from, to] (to inclusive).
    const periods = await page.$$eval(".events-table tbody tr[data-date]", (rows) =>
      rows.map((r) => [r.getAttribute("data-date") ?? "", r.getAttribute("data-precision") ?? "", r.getAttribute("data-end-date") ?? ""]),
    );
    for (const [date, precision, endDate] of periods) {
      const [start, end] = rowPeriod(date, precision, endDate);
      expect(start <= to && end > from, `${date} (${precision}) overlaps ${from}…${to}`).toBe(true);
    }
    // The lanes zoom to the range: no mark outside it is drawn.
    const marks = await page.$$eval(".timeline-marks .timeline-mark", (els) => els.map((e) => e.getAttribute("data-date") ?? ""));
    expect(marks.every((d) => d.slice(0, 4) <= to.slice(0, 4))).toBe(true);
    await expectClean(opened, "/timeline (brushed)");
  });

  it("a range in the URL survives reload and filters the table to November 2017", async () => {
    const path = "/timeline?from=2017-11-01&to=2017-11-30";
    const opened = await open(path, ".events-table");
    const { page } = opened;
    expect(await page.locator(".selection-bar").textContent()).toContain("2017年11月1日至2017年11月30日");
    const dates = await rowDates(page);
    expect(dates.length).toBeGreaterThan(0);
    // Day events inside November, plus the year-precision 2017 event whose span covers it.
    expect(dates.every((d) => d.startsWith("2017-11") || d === "2017-01-01")).toBe(true);
    expect(dates).toContain("2017-11-11");
    await expectClean(opened, path);
  });

  it("an invalid range falls back to all events with a visible note", async () => {
    const path = "/timeline?from=2017-13-40&region=火星";
    const opened = await open(path, ".events-table");
    const note = page(opened).locator(".param-note");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("from=2017-13-40");
    expect(await note.textContent()).toContain("region=火星");
    // Undated events are listed on their own, not on the time axis.
    expect(await page(opened).locator(".undated-table tbody tr").count()).toBeGreaterThan(0);
    await expectClean(opened, path);
  });
});

function page(opened: OpenedPage): Page {
  return opened.page;
}

describe("/entities", () => {
  it("lists 山推 or 小松 as a company with a mention count, and the network draws nodes", async () => {
    const opened = await open("/entities", ".entities-table");
    const { page } = opened;
    const row = page.locator('.entities-table tr[data-type="company"]', { hasText: /山推|小松/ }).first();
    const cells = await row.locator("td").allInnerTexts();
    expect(cells[1]).toContain("企业");
    expect(Number(cells[2])).toBeGreaterThan(0);
    expect(await row.locator("a.first-mention").getAttribute("href")).toMatch(/^\/reports\/([0-9a-f]+)#m-\1-\d+$/);
    expect(await page.locator(".network-chart .network-node").count()).toBeGreaterThan(10);
    expect(await page.locator(".network-chart .network-links line").count()).toBeGreaterThan(0);
    await expectClean(opened, "/entities");
  });

  it("clicking a node focuses it: the URL gets focus= and the list shrinks to it and its neighbours", async () => {
    const opened = await open("/entities", ".network-chart .network-node");
    const { page } = opened;
    const before = await page.locator(".entities-table tbody tr").count();
    const node = page.locator('.network-chart .network-node[data-type="company"]').first();
    const id = await node.getAttribute("data-id");
    await node.locator("circle").click({ force: true });
    await page.waitForFunction((want) => new URL(location.href).searchParams.get("focus") === want, id);
    await page.waitForSelector(".network-chart .network-focus");
    const after = await page.locator(".entities-table tbody tr").count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator(`.entities-table tr[data-entity-id="${id}"]`).count()).toBe(1);
    expect(await page.locator(".network-chart .network-dim").count()).toBeGreaterThan(0);
    await expectClean(opened, "/entities (focused)");
  });

  it("?type=company lists only companies; a bad n falls back with a note", async () => {
    const path = "/entities?type=company&n=9999";
    const opened = await open(path, ".entities-table");
    const { page } = opened;
    const types = await page.$$eval(".entities-table tbody tr", (rows) => rows.map((r) => r.getAttribute("data-type")));
    expect(types.length).toBeGreaterThan(3);
    expect(new Set(types)).toEqual(new Set(["company"]));
    expect(await page.locator(".param-note").textContent()).toContain("n=9999");
    await expectClean(opened, path);
  });
});

describe("/entities/<entity_id>", () => {
  it("the 山推 page lists its mentions in context, each linking to the mention in the reader", async () => {
    const list = await open("/entities?type=company", ".entities-table");
    const href = await list.page.locator(".entities-table a", { hasText: "山推工程机械" }).first().getAttribute("href");
    await list.page.context().close();
    expect(href).toMatch(/^\/entities\/[\w-]+$/);
    const opened = await openPage(browser, inject("baseUrl"), href!);
    const { page } = opened;
    await page.waitForSelector(".mentions-table", { timeout: 30_000 });
    expect(await page.locator("h1").first().textContent()).toContain("山推");
    // Built with the site: an entity page starts no DuckDB-WASM.
    await page.waitForTimeout(300);
    const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(fetched.filter((u) => /\.json$/.test(u))).toHaveLength(1);
    expect(fetched.filter((u) => /duckdb|\.parquet/i.test(u))).toEqual([]);
    const links = await page.$$eval(".mentions-table a.mention-link", (as) =>
      as.map((a) => [a.getAttribute("href") ?? "", a.querySelector(".hl-mention")?.textContent ?? ""]),
    );
    expect(links.length).toBeGreaterThan(2);
    for (const [link, mention] of links) {
      expect(link).toMatch(/^\/reports\/([0-9a-f]+)#m-\1-\d+$/);
      expect(mention).toMatch(/山推/);
    }
    await expectClean(opened, href!);
    // The anchor exists in the reader: the link lands on the mention.
    const [path, anchor] = links[0][0].split("#");
    const reader = await open(path, `[id="${anchor}"]`);
    expect(await reader.page.locator(`[id="${anchor}"]`).textContent()).toMatch(/山推/);
    await reader.page.context().close();
  });
});

describe("/investment", () => {
  it("shows the 2017-11-11 groundbreaking: 20 projects, 124.7亿元", async () => {
    const opened = await open("/investment", ".investment-table");
    const { page } = opened;
    const row = page.locator('.investment-table tr[data-date="2017-11-11"]').first();
    expect(await row.locator(".project-count").textContent()).toBe("20个");
    expect(await row.locator(".amount").textContent()).toBe("124.7亿元");
    expect(await row.locator("a").getAttribute("href")).toMatch(/^\/reports\/[0-9a-f]+#e-/);
    // The stacked bars count the happening once, not once per retelling.
    const segment = page.locator('.stacked-bar .stacked-bar-segment[data-year="2017"][data-action="开工"]');
    expect(Number(await segment.getAttribute("data-value"))).toBe(12_470_000_000);
    expect(await page.locator(".projects-table tbody tr").count()).toBeGreaterThan(3);
    await expectClean(opened, "/investment");
  });

  it("its totals equal SQL over the published events.parquet (duplicate_of IS NULL), as the README documents", async () => {
    const opened = await open("/investment", ".investment-table");
    const shown = await opened.page.locator(".investment-page p strong").allTextContents();
    const dir = join(process.env.WORKBENCH_OUTPUT ?? "dist", "_file", "data", "corpus");
    const file = join(dir, readdirSync(dir).find((f) => /^events\.[0-9a-f]+\.parquet$/.test(f))!);
    const duck = await (await DuckDBInstance.create(":memory:")).connect();
    const [row] = (
      await duck.runAndReadAll(`SELECT count(*)::INTEGER AS events, sum(project_count)::INTEGER AS projects, sum(amount_cny) AS amount
        FROM read_parquet('${file}')
        WHERE duplicate_of IS NULL AND (action IN ('签约', '开工', '投产') OR amount_cny IS NOT NULL OR project_count IS NOT NULL)`)
    ).getRowObjectsJson() as Array<{ events: number; projects: number; amount: number }>;
    duck.closeSync();
    expect(shown.slice(0, 3)).toEqual([String(row!.events), `${row!.projects}个`, formatYuan(Number(row!.amount))]);
    await expectClean(opened, "/investment");
  });

  it("?measure=count stacks project counts, and an action filter leaves only that action", async () => {
    const path = "/investment?measure=count&action=开工";
    const opened = await open(path, ".stacked-bar");
    const { page } = opened;
    const actions = await page.$$eval(".stacked-bar .stacked-bar-segment", (els) => els.map((e) => e.getAttribute("data-action")));
    expect(new Set(actions)).toEqual(new Set(["开工"]));
    expect(await page.locator('.stacked-bar-segment[data-year="2017"]').getAttribute("data-value")).toBe("20");
    await expectClean(opened, path);
  });
});

describe("/compare", () => {
  it("shows values of one metric for the regions that report it, each with its source sentence", async () => {
    const opened = await open("/compare", ".small-multiples");
    const { page } = opened;
    const facets = await page.$$eval(".small-multiples .small-multiples-dot", (els) => els.map((e) => e.getAttribute("data-facet")));
    expect(new Set(facets)).toEqual(new Set(["济宁经开区", "济宁高新区"]));
    const zones = await page.$$eval(".compare-table tbody tr", (rows) => rows.map((r) => r.getAttribute("data-zone")));
    expect(new Set(zones)).toEqual(new Set(["济宁经开区", "济宁高新区"]));
    const first = page.locator(".compare-table tbody tr").first();
    expect(await first.locator("a.fact-link").getAttribute("href")).toMatch(/^\/reports\/[0-9a-f]+#f-/);
    expect((await first.locator(".context").textContent())?.length ?? 0).toBeGreaterThan(10);
    await expectClean(opened, "/compare");
  });

  it("metric and regions come from the URL; an unknown metric falls back with a note", async () => {
    const good = await open(`/compare?regions=${encodeURIComponent("济宁高新区")}`, ".compare-table");
    const zones = await good.page.$$eval(".compare-table tbody tr", (rows) => rows.map((r) => r.getAttribute("data-zone")));
    expect(new Set(zones)).toEqual(new Set(["济宁高新区"]));
    await expectClean(good, "/compare?regions=济宁高新区");
    const bad = await open(`/compare?metric=${encodeURIComponent("不存在的指标")}`, ".small-multiples");
    expect(await bad.page.locator(".param-note").textContent()).toContain("metric=不存在的指标");
    await expectClean(bad, "/compare?metric=不存在的指标");
  });
});
