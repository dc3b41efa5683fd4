// Site pages, cold: time to the first chart, time to DuckDB-WASM's first answered
// query, and bytes transferred. Missing pages are reported, not failed.
import { openProfile } from "./cold.ts";

/** What one page measured, or why not. */
export interface PageResult {
  path: string;
  /** "ok", or "not measured: …". */
  status: string;
  /** ms from navigation start to the first chart in main, or null when none appeared. */
  firstChartMs: number | null;
  /** ms from navigation start to the first data shown in main (chart, table row, KPI, report text), or null. */
  firstViewMs: number | null;
  /** ms from navigation start to DuckDB-WASM's first query result, or null when no query ran. */
  firstQueryMs: number | null;
  /** ms to the load event. */
  loadMs: number | null;
  /** Bytes the server sent for the cold visit: page, workers and data (server-side count when given). */
  bytes: number | null;
  requests: number | null;
  consoleErrors: number | null;
  /** A second visit in the same browser profile (HTTP cache and compiled-code cache warm). */
  warm: {
    bytes: number | null;
    firstViewMs: number | null;
    firstChartMs: number | null;
    firstQueryMs: number | null;
    loadMs: number | null;
  } | null;
}

/** Options of measurePage. */
export interface MeasureOptions {
  timeoutMs?: number;
  /** Total bytes the server has sent so far (see serverBytes.ts); without it, the page's own DevTools count is used. */
  serverBytes?: () => number;
}

/**
 * Runs in the page before its scripts: records when the first chart (an SVG of at least
 * 200×100 px with 5+ marks inside main) appears, and when a DuckDB-WASM worker first
 * answers a query (INSTALL/LOAD excluded), by wrapping Worker and SharedWorker (the site's
 * database worker, components/dbWorker.js, kept across navigations).
 */
export const PAGE_PROBE = `(() => {
  const w = window;
  w.__wbProbe = { firstChart: null, firstQuery: null, firstView: null, worker: null };
  const isChart = (svg) => {
    const r = svg.getBoundingClientRect();
    return r.width >= 200 && r.height >= 100 && svg.querySelectorAll("path,rect,circle,line,polyline,polygon").length >= 5;
  };
  // First view: the first data the page shows (a chart, a table row, a KPI or the report text), not its static prose.
  const VIEW = "table tbody tr, .kpi, #report-text, .data-dictionary, .cm-editor";
  const check = () => {
    const main = document.querySelector("#observablehq-main") || document.querySelector("main");
    if (!main) return;
    const chart = Array.from(main.querySelectorAll("svg")).some(isChart);
    if (w.__wbProbe.firstChart === null && chart) w.__wbProbe.firstChart = performance.now();
    if (w.__wbProbe.firstView === null && (chart || main.querySelector(VIEW))) w.__wbProbe.firstView = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  // DuckDB-WASM's protocol, on a dedicated Worker or on the port of the site's shared database worker.
  const watch = (channel, listen) => {
    if (w.__wbProbe.worker === null) w.__wbProbe.worker = performance.now();
    const queries = new Set();
    const post = channel.postMessage.bind(channel);
    channel.postMessage = (message, transfer) => {
      // Plain and prepared queries (Framework's sql\`…\${x}\` sends prepared statements).
      if (message && ["RUN_QUERY", "START_PENDING_QUERY", "RUN_PREPARED", "SEND_PREPARED"].includes(message.type) && Array.isArray(message.data)
          && !/^\\s*(INSTALL|LOAD)\\b/i.test(String(message.data[1]))) queries.add(message.messageId);
      return post(message, transfer);
    };
    listen((event) => {
      const d = event.data;
      if (!d || !queries.has(d.requestId) || d.type === "ERROR" || d.data == null) return;
      if (w.__wbProbe.firstQuery === null) w.__wbProbe.firstQuery = performance.now();
    });
  };
  const Original = w.Worker;
  w.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      watch(this, (fn) => this.addEventListener("message", fn));
    }
  };
  const OriginalShared = w.SharedWorker;
  if (OriginalShared) w.SharedWorker = class extends OriginalShared {
    constructor(...args) {
      super(...args);
      const port = this.port;
      watch(port, (fn) => port.addEventListener("message", fn));
    }
  };
})();`;

/** A page row with no figures, saying why. */
export function notMeasured(path: string, why: string): PageResult {
  return {
    path,
    status: `not measured: ${why}`,
    firstChartMs: null,
    firstViewMs: null,
    firstQueryMs: null,
    loadMs: null,
    bytes: null,
    requests: null,
    consoleErrors: null,
    warm: null,
  };
}

type Probe = { firstChart: number | null; firstView: number | null; firstQuery: number | null; load: number | null };

type Window = { __wbProbe: Probe & { worker: number | null } };

/**
 * Navigates to `url` and waits for the network to settle; a page that started a DuckDB worker is
 * waited for until DuckDB answers (a warm visit moves no bytes, so the network settles long before),
 * then briefly for the first view; all within `timeoutMs`.
 */
async function visit(page: import("playwright-core").Page, url: string, timeoutMs: number): Promise<{ status: number; probe: Probe }> {
  const deadline = Date.now() + timeoutMs;
  const response = await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
  const status = response?.status() ?? 0;
  if (status === 0 || status >= 400) return { status, probe: { firstChart: null, firstView: null, firstQuery: null, load: null } };
  const left = () => Math.max(1, deadline - Date.now());
  // At most 5 s: Playwright never sees the shared DuckDB worker's script request finish (the SharedWorker gets the
  // answer), so "networkidle" never comes on a page that starts it; DuckDB's answer is waited for below.
  await page.waitForLoadState("networkidle", { timeout: Math.min(5000, left()) }).catch(() => undefined);
  await page
    .waitForFunction(() => ((p) => p.worker === null || p.firstQuery !== null)((window as unknown as Window).__wbProbe), undefined, {
      timeout: left(),
    })
    .catch(() => undefined);
  // Charts render after data arrives; give the page a moment after DuckDB answered.
  await page
    .waitForFunction(() => (window as unknown as Window).__wbProbe.firstView !== null, undefined, { timeout: Math.min(2000, left()) })
    .catch(() => undefined);
  const probe = await page.evaluate(() => {
    const p = (window as unknown as Window).__wbProbe;
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return { firstChart: p.firstChart, firstView: p.firstView, firstQuery: p.firstQuery, load: nav ? nav.loadEventEnd : null };
  });
  return { status, probe };
}

/**
 * Opens `path` in a new on-disk browser profile (cold), then once more in the same profile (warm),
 * each time waiting until the network has been idle, at most `timeoutMs`.
 */
export async function measurePage(baseUrl: string, path: string, options: MeasureOptions = {}): Promise<PageResult> {
  const { timeoutMs = 30_000, serverBytes } = options;
  const cold = await openProfile(baseUrl, PAGE_PROBE);
  const sent = serverBytes ?? cold.bytes;
  try {
    const before = sent();
    const first = await visit(cold.page, baseUrl + path, timeoutMs);
    if (first.status === 404) return notMeasured(path, "page missing");
    if (first.status === 0 || first.status >= 400) return notMeasured(path, `HTTP ${first.status}`);
    const coldBytes = sent() - before;
    const requests = cold.requests();
    // Leave the page first: Chromium treats opening the same URL again as a reload, which revalidates
    // everything; a warm visit is a new navigation with the cache (and compiled-code cache) filled.
    await cold.page.goto("about:blank");
    const beforeWarm = sent();
    const second = await visit(cold.page, baseUrl + path, timeoutMs);
    const problems = [
      cold.external.length > 0 ? `blocked ${cold.external.length} external requests` : "",
      cold.failed.length > 0 ? `${cold.failed.length} failed requests` : "",
    ].filter(Boolean);
    for (const message of [...cold.failed, ...cold.consoleErrors]) process.stderr.write(`[bench] ${path}: ${message.split("\n")[0]}\n`);
    return {
      path,
      status: problems.length > 0 ? `ok (${problems.join(", ")})` : "ok",
      firstChartMs: first.probe.firstChart,
      firstViewMs: first.probe.firstView,
      firstQueryMs: first.probe.firstQuery,
      loadMs: first.probe.load,
      bytes: coldBytes,
      requests,
      consoleErrors: cold.consoleErrors.length,
      warm: {
        bytes: second.status === 200 || second.status === 304 ? sent() - beforeWarm : null,
        firstViewMs: second.probe.firstView,
        firstChartMs: second.probe.firstChart,
        firstQueryMs: second.probe.firstQuery,
        loadMs: second.probe.load,
      },
    };
  } catch (err) {
    return notMeasured(path, err instanceof Error ? err.message.split("\n")[0] : String(err));
  } finally {
    await cold.close();
  }
}
