// Opens pages of the built site in Debian's headless Chromium and records
// everything a page must not do: console errors, failed requests, and any
// request to a host other than 127.0.0.1.
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What went wrong while a page was open. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
}

/** A page of the site plus the problems recorded on it. */
export interface OpenedPage {
  page: Page;
  problems: PageProblems;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** Opens `baseUrl + path`, recording problems from the first request on. */
export async function openPage(browser: Browser, baseUrl: string, path: string): Promise<OpenedPage> {
  const context = await browser.newContext({ locale: "zh-CN", acceptDownloads: true });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], externalRequests: [] };
  const origin = new URL(baseUrl).host;
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(`pageerror: ${error.message}`));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if ((url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ws:") && url.host !== origin) {
      problems.externalRequests.push(req.url());
    }
  });
  page.on("requestfailed", (req) => problems.failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`));
  page.on("response", (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });
  // Block anything external so a stray request fails fast instead of hanging.
  await context.route(
    (url) => url.host !== origin && url.protocol !== "data:" && url.protocol !== "blob:",
    (route) => route.abort(),
  );
  await page.goto(baseUrl + path, { waitUntil: "load" });
  return { page, problems };
}

/** Formats problems for an assertion message. */
export function describeProblems(path: string, problems: PageProblems): string {
  return [
    `page ${path}:`,
    ...problems.consoleErrors.map((e) => `  console error: ${e}`),
    ...problems.failedRequests.map((e) => `  failed request: ${e}`),
    ...problems.externalRequests.map((e) => `  external request: ${e}`),
  ].join("\n");
}
