// Where a DuckDB page's start-up time goes: a timeline of one page visit, cold and then
// warm in the same on-disk profile, from navigation start. Run on a built site:
//   npx tsx bench/browser/startup.ts [dist] [/sql] [visits]
// The probe wraps Worker before the page's scripts run: it records when the DuckDB worker is
// created, when its script has run (a PING answered), and each request/response pair of
// DuckDB-WASM's message protocol (INSTANTIATE = wasm fetch + compile + instantiate, OPEN,
// REGISTER_FILE_BUFFER, RUN_QUERY …). Resource timings give the page's own fetches.
import { serveStatic } from "../../data/site/server.ts";
import { openProfile } from "./cold.ts";
import { trackServerBytes } from "./serverBytes.ts";

/** Runs in the page before its scripts. */
export const STARTUP_PROBE = `(() => {
  const w = window;
  const events = (w.__wbStartup = []);
  const mark = (what) => events.push([Math.round(performance.now()), what]);
  // The first data the page shows (as the page bench's probe: a table row, a KPI, an editor, a chart).
  let shown = false;
  new MutationObserver(() => {
    if (!shown && document.querySelector("main table tbody tr, main .kpi, main svg, main .cm-editor")) {
      shown = true;
      mark("first view");
    }
  }).observe(document, { childList: true, subtree: true });
  const Original = w.Worker;
  const PING = 987654321;
  const OriginalShared = w.SharedWorker;
  if (OriginalShared) w.SharedWorker = class extends OriginalShared {
    constructor(...args) {
      super(...args);
      mark("shared worker connected");
      const port = this.port;
      const pending = new Map();
      const post = port.postMessage.bind(port);
      port.postMessage = (message, transfer) => {
        if (message && message.type && typeof message.messageId === "number") {
          const text = Array.isArray(message.data) ? String(message.data[1] ?? "").slice(0, 60) : "";
          pending.set(message.messageId, message.type + (text ? " " + text : ""));
          mark("→ " + message.type + (text ? " " + text : ""));
        }
        return post(message, transfer);
      };
      port.addEventListener("message", (e) => {
        const d = e.data;
        if (!d) return;
        if (d.type === "WB_STAGE") return mark("worker stage " + d.stage);
        if (d.type === "WB_READY") return mark("worker ready (DuckDB open, corpus attached)");
        const what = pending.get(d.requestId);
        if (what) mark("← " + what + (d.type === "ERROR" ? " ERROR" : ""));
      });
    }
  };
  w.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      mark("worker created");
      const pending = new Map();
      const post = this.postMessage.bind(this);
      this.postMessage = (message, transfer) => {
        if (message && message.type) {
          const text = Array.isArray(message.data) ? String(message.data[1] ?? "").slice(0, 60) : "";
          pending.set(message.messageId, message.type + (text ? " " + text : ""));
          mark("→ " + message.type + (text ? " " + text : ""));
        }
        return post(message, transfer);
      };
      post({ messageId: PING, type: "PING", data: null });
      const add = this.addEventListener.bind(this);
      this.addEventListener = (type, listener, options) =>
        add(type, type === "message" ? (e) => { if (e.data?.requestId !== PING) listener(e); } : listener, options);
      add("message", (e) => {
        const d = e.data;
        if (!d) return;
        if (d.requestId === PING) return mark("worker script ran");
        if (d.type === "WB_STAGE") return mark("worker stage " + d.stage);
        if (d.type === "WB_READY") return mark("worker ready (DuckDB open, corpus attached)");
        const what = pending.get(d.requestId);
        if (what) mark("← " + what + (d.type === "ERROR" ? " ERROR" : ""));
      });
    }
  };
})();`;

interface Visit {
  events: Array<[number, string]>;
  resources: Array<[number, number, string, number]>;
  bytes: number;
  firstView: number | null;
}

async function visit(page: import("playwright-core").Page, url: string, sent: () => number): Promise<Visit> {
  const before = sent();
  await page.goto(url, { waitUntil: "load" });
  await page
    .waitForFunction(
      () =>
        (window as unknown as { __wbStartup: Array<[number, string]> }).__wbStartup.some(
          ([, w]) => w.startsWith("← RUN_QUERY") || w.startsWith("← SEND_QUERY") || w.startsWith("← START_PENDING_QUERY"),
        ),
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(Number(process.env.DWELL_MS ?? 1500));
  const result = await page.evaluate(() => ({
    events: (window as unknown as { __wbStartup: Array<[number, string]> }).__wbStartup,
    resources: (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((r) => /duckdb|corpus|worker|\.wasm|codemirror|notebook\/index|client\.|views\//.test(r.name))
      .map(
        (r) =>
          [Math.round(r.startTime), Math.round(r.responseEnd), r.name.replace(location.origin, ""), r.transferSize] as [
            number,
            number,
            string,
            number,
          ],
      ),
    firstView: null,
  }));
  return { ...result, bytes: sent() - before };
}

async function main(): Promise<void> {
  const [dist = "dist", path = "/sql", count = "3"] = process.argv.slice(2);
  const { server, url } = await serveStatic(dist);
  const sent = trackServerBytes(server);
  const profile = await openProfile(url, STARTUP_PROBE);
  try {
    for (let i = 0; i < Number(count); i++) {
      const v = await visit(profile.page, url + path, sent);
      process.stdout.write(`\n== visit ${i + 1} (${i === 0 ? "cold" : "warm"}) ${path}: ${v.bytes} B from the server\n`);
      for (const [start, end, name, size] of v.resources)
        process.stdout.write(`  fetch ${String(start).padStart(5)}–${String(end).padEnd(5)} ${name} (${size} B)\n`);
      const shown = v.events.filter(([, what]) => !/(CONNECT|DISCONNECT|FETCH_QUERY_RESULTS)$/.test(what));
      for (const [at, what] of shown.slice(0, 14)) process.stdout.write(`  ${String(at).padStart(5)} ms  ${what.replace(/\s+/g, " ")}\n`);
      if (shown.length > 14) {
        process.stdout.write(`  … ${shown.length - 18} more\n`);
        for (const [at, what] of shown.slice(-4)) process.stdout.write(`  ${String(at).padStart(5)} ms  ${what.replace(/\s+/g, " ")}\n`);
      }
      await profile.page.goto("about:blank");
    }
  } finally {
    await profile.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
