// The SQL editor (CodeMirror) driven with real key presses: a query typed
// naturally, newlines included, is stored exactly as typed; completion offers
// the schema's columns and is accepted with Tab, never with a plain Enter.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeNotebook, encodeNotebook } from "../../src/components/notebook/urlCodec.ts";
import { describeProblems, launchBrowser, type OpenedPage, openPage } from "./browser.ts";

const NO_PROBLEMS = { consoleErrors: [], failedRequests: [], externalRequests: [] };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openNotebook(sql: string): Promise<OpenedPage> {
  const opened = await openPage(browser, inject("baseUrl"), `/sql#${await encodeNotebook([{ title: null, sql, chart: false }])}`);
  await opened.page.waitForFunction(
    () => !["idle", "running", undefined].includes(document.querySelector<HTMLElement>('.nb-cell[data-cell="1"]')?.dataset.state),
    null,
    { timeout: 60_000 },
  );
  return opened;
}

/** The SQL of every cell as the notebook stores it (the link in the address bar). */
async function storedSql(page: Page): Promise<string[]> {
  await page.waitForTimeout(400); // the link is written 250 ms after the last change
  const decoded = await decodeNotebook(new URL(page.url()).hash);
  if (decoded.kind !== "ok") throw new Error(`notebook link: ${JSON.stringify(decoded)}`);
  return decoded.cells.map((c) => c.sql);
}

/** Labels of the open completion list, once it has been shown long enough to accept a key (CodeMirror's interactionDelay). */
const completions = async (page: Page) => {
  await page.waitForSelector(".cm-tooltip-autocomplete li");
  await page.waitForTimeout(120);
  return listed(page);
};
const listed = (page: Page) =>
  page.$$eval(".cm-tooltip-autocomplete li", (lis) => lis.map((li) => li.querySelector(".cm-completionLabel")?.textContent ?? ""));

describe("SQL editor (CodeMirror)", () => {
  it("a multi-line query typed key by key in a new, empty cell is stored exactly as typed and runs", async () => {
    const { page, problems } = await openNotebook("SELECT 1 AS one");
    await page.click(".nb-add");
    await page.waitForSelector('.nb-cell[data-cell="2"] .cm-placeholder');
    const typed = [
      "SELECT metric, count(*) AS n, max(value) AS top",
      "FROM facts",
      "WHERE metric IS NOT NULL",
      "GROUP BY metric",
      "ORDER BY n DESC",
      "LIMIT 5",
    ].join("\n");
    // Every line ends on a word the completion list matches (NULL → NULLS, DESC → DESCRIBE …): Enter must stay a newline.
    await page.keyboard.type(typed, { delay: 15 });
    expect(await storedSql(page)).toEqual(["SELECT 1 AS one", typed]);
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => document.querySelector('.nb-cell[data-cell="2"]')?.getAttribute("data-state") === "ok", null, {
      timeout: 30_000,
    });
    expect(await page.textContent('.nb-cell[data-cell="2"] .nb-rowcount')).toMatch(/^[1-5] 行$/);
    expect(problems, describeProblems("/sql", problems)).toEqual(NO_PROBLEMS);
    await page.context().close();
  });

  it("completion offers the schema's columns; Tab accepts, Enter after ↓ accepts, Escape closes", async () => {
    const { page, problems } = await openNotebook("");
    await page.click('.nb-cell[data-cell="1"] .cm-content');
    await page.keyboard.type("SELECT metr", { delay: 15 });
    expect(await completions(page)).toContain("metric");
    await page.keyboard.press("Tab");
    await page.keyboard.type(", unit_t", { delay: 15 });
    expect(await completions(page)).toContain("unit_text");
    await page.keyboard.press("Tab");
    await page.keyboard.type(" FROM fac", { delay: 15 });
    expect(await completions(page)).toContain("facts");
    // ↓ engages the list, so Enter picks the highlighted option instead of a newline.
    const options = await listed(page);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    expect(await storedSql(page)).toEqual([`SELECT metric, unit_text FROM ${options[0]}`]);
    await page.keyboard.type(" WHERE kind IS NUL", { delay: 15 });
    expect(await completions(page)).toContain("NULL");
    await page.keyboard.press("Escape");
    expect(await page.$(".cm-tooltip-autocomplete")).toBeNull();
    await page.keyboard.type("L", { delay: 15 });
    await page.keyboard.press("Enter");
    expect(await storedSql(page)).toEqual([`SELECT metric, unit_text FROM ${options[0]} WHERE kind IS NULL\n`]);
    // Shift+Enter runs this cell and moves to a new one.
    await page.keyboard.press("Shift+Enter");
    await page.waitForSelector('.nb-cell[data-cell="2"] .cm-focused', { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('.nb-cell[data-cell="1"]')?.getAttribute("data-state") === "ok", null, {
      timeout: 30_000,
    });
    expect(problems, describeProblems("/sql", problems)).toEqual(NO_PROBLEMS);
    await page.context().close();
  });
});
