// A page in a fresh browser context (cold cache) that counts the bytes it receives
// through the Chrome DevTools Protocol and refuses every request to another host.
import type { Browser, Page } from "playwright-core";

/** A cold page and its byte counter. */
export interface ColdPage {
  page: Page;
  /** Sum of `encodedDataLength` of every finished response so far (headers included). */
  bytes(): number;
  requests(): number;
  /** Requests to other hosts (blocked). */
  external: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Opens a blank page in a new context (HTTP cache off unless `cache`); navigate it with `page.goto`. */
export async function openCold(browser: Browser, origin: string, initScript?: string, { cache = false } = {}): Promise<ColdPage> {
  const context = await browser.newContext({ locale: "zh-CN" });
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
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
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
    consoleErrors,
    close: () => context.close(),
  };
}
