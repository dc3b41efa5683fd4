// A page in a fresh browser context (cold cache) that counts the bytes it receives
// through the Chrome DevTools Protocol and refuses every request to another host.
// openProfile gives the same page in a new on-disk profile, as an analyst's browser has:
// an incognito-like context keeps its HTTP cache in memory and refuses entries over
// ~6 MB, which a deployed site's visitors do not have to live with.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../test/browser/browser.ts";

/** A cold page and its byte counter. */
export interface ColdPage {
  page: Page;
  /** Sum of `encodedDataLength` of every finished response so far (headers included). */
  bytes(): number;
  requests(): number;
  /** Requests to other hosts (blocked). */
  external: string[];
  /** Requests of this site that failed (URL and Chromium's reason). */
  failed: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Opens a blank page in a new context (HTTP cache off unless `cache`); navigate it with `page.goto`. */
export async function openCold(browser: Browser, origin: string, initScript?: string, { cache = false } = {}): Promise<ColdPage> {
  const context = await browser.newContext({ locale: "zh-CN" });
  return instrument(context, origin, initScript, cache, () => context.close());
}

/** Opens a blank page in a new browser with a new on-disk profile (HTTP cache and code cache on disk, empty); close() deletes it. */
export async function openProfile(origin: string, initScript?: string): Promise<ColdPage> {
  const dir = await mkdtemp(join(tmpdir(), "wb-profile-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
    locale: "zh-CN",
  });
  return instrument(context, origin, initScript, true, async () => {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  });
}

async function instrument(
  context: BrowserContext,
  origin: string,
  initScript: string | undefined,
  cache: boolean,
  close: () => Promise<void>,
): Promise<ColdPage> {
  const host = new URL(origin).host;
  const external: string[] = [];
  const consoleErrors: string[] = [];
  const isExternal = (url: URL) => url.host !== host && url.protocol !== "data:" && url.protocol !== "blob:";
  if (cache) {
    // Playwright's routing switches the HTTP cache off, so a warm measurement only watches for other hosts.
    context.on("request", (request) => {
      if (isExternal(new URL(request.url()))) external.push(request.url());
    });
  } else {
    await context.route(isExternal, (route) => {
      external.push(route.request().url());
      return route.abort();
    });
  }
  if (initScript) await context.addInitScript(initScript);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
  const failed: string[] = [];
  context.on("requestfailed", (request) => {
    // The site's shared database worker (components/dbWorker.js) outlives the page by design: Chromium reports
    // its script request, which the page started, as aborted when the page is left, though it was served in full.
    if (/\/dbWorker\.[0-9a-f]{8}\.js\?/.test(request.url()) && request.failure()?.errorText === "net::ERR_ABORTED") return;
    if (!isExternal(new URL(request.url()))) failed.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  // A new context starts with an empty cache anyway; disabling it also keeps repeat visits cold.
  if (!cache) await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let bytes = 0;
  let requests = 0;
  cdp.on("Network.loadingFinished", (e) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  return {
    page,
    bytes: () => bytes,
    requests: () => requests,
    external,
    failed,
    consoleErrors,
    close,
  };
}
