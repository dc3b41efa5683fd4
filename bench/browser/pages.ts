// Site pages, cold: time to the first chart, time to DuckDB-WASM's first answered
// query, and bytes transferred. Missing pages are reported, not failed.
import type { Browser } from "playwright-core";
import { openCold } from "./cold.ts";

/** What one page measured, or why not. */
export interface PageResult {
  path: string;
  /** "ok", or "not measured: …". */
  status: string;
  /** ms from navigation start to the first chart in main, or null when none appeared. */
  firstChartMs: number | null;
  /** ms from navigation start to DuckDB-WASM's first query result, or null when no query ran. */
  firstQueryMs: number | null;
  /** ms to the load event. */
  loadMs: number | null;
  bytes: number | null;
  requests: number | null;
  consoleErrors: number | null;
}

/**
 * Runs in the page before its scripts: records when the first chart (an SVG of at least
 * 200×100 px with 5+ marks inside main) appears, and when a DuckDB-WASM worker first
 * answers a query (INSTALL/LOAD excluded), by wrapping Worker.
 */
export const PAGE_PROBE = `(() => {
  const w = window;
  w.__wbProbe = { firstChart: null, firstQuery: null };
  const isChart = (svg) => {
    const r = svg.getBoundingClientRect();
    return r.width >= 200 && r.height >= 100 && svg.querySelectorAll("path,rect,circle,line,polyline,polygon").length >= 5;
  };
  const check = () => {
    if (w.__wbProbe.firstChart !== null) return;
    const main = document.querySelector("#observablehq-main") || document.querySelector("main");
    if (main && Array.from(main.querySelectorAll("svg")).some(isChart)) w.__wbProbe.firstChart = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const Original = w.Worker;
  w.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      const queries = new Set();
      const post = this.postMessage.bind(this);
      this.postMessage = (message, transfer) => {
        if (message && (message.type === "RUN_QUERY" || message.type === "START_PENDING_QUERY") && Array.isArray(message.data)
            && !/^\\s*(INSTALL|LOAD)\\b/i.test(String(message.data[1]))) queries.add(message.messageId);
        return post(message, transfer);
      };
      this.addEventListener("message", (event) => {
        const d = event.data;
        if (!d || !queries.has(d.requestId) || d.type === "ERROR" || d.data == null) return;
        if (w.__wbProbe.firstQuery === null) w.__wbProbe.firstQuery = performance.now();
      });
    }
  };
})();`;

function notMeasured(path: string, why: string): PageResult {
  return {
    path,
    status: `not measured: ${why}`,
    firstChartMs: null,
    firstQueryMs: null,
    loadMs: null,
    bytes: null,
    requests: null,
    consoleErrors: null,
  };
}

/** Opens `path` cold and waits until the network has been idle, at most `timeoutMs`. */
export async function measurePage(browser: Browser, baseUrl: string, path: string, timeoutMs = 30_000): Promise<PageResult> {
  const cold = await openCold(browser, baseUrl, PAGE_PROBE);
  try {
    const response = await cold.page.goto(baseUrl + path, { waitUntil: "load", timeout: timeoutMs });
    if (!response || response.status() === 404) return notMeasured(path, "page missing");
    if (response.status() >= 400) return notMeasured(path, `HTTP ${response.status()}`);
    await cold.page.waitForLoadState("networkidle", { timeout: timeoutMs }).catch(() => undefined);
    // Charts render after data arrives; give the page a moment after the network settles.
    await cold.page
      .waitForFunction(() => (window as unknown as { __wbProbe: { firstChart: number | null } }).__wbProbe.firstChart !== null, undefined, {
        timeout: 2000,
      })
      .catch(() => undefined);
    const probe = await cold.page.evaluate(() => {
      const p = (window as unknown as { __wbProbe: { firstChart: number | null; firstQuery: number | null } }).__wbProbe;
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      return { ...p, load: nav ? nav.loadEventEnd : null };
    });
    return {
      path,
      status: cold.external.length > 0 ? `ok (blocked ${cold.external.length} external requests)` : "ok",
      firstChartMs: probe.firstChart,
      firstQueryMs: probe.firstQuery,
      loadMs: probe.load,
      bytes: cold.bytes(),
      requests: cold.requests(),
      consoleErrors: cold.consoleErrors.length,
    };
  } catch (err) {
    return notMeasured(path, err instanceof Error ? err.message.split("\n")[0] : String(err));
  } finally {
    await cold.close();
  }
}
