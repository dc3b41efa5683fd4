// Opens the site's DuckDB-WASM database without blocking the page: the worker (dbWorker.js) is
// started when this module is evaluated — at navigation start on every page that imports it — and
// is a SharedWorker kept alive across navigations where the browser allows (Chromium's
// `extendedLifetime`), so a page opened after another finds DuckDB compiled, open and the corpus
// attached. Where SharedWorker is missing (Android Chrome) it is a dedicated Worker per page.
// The database is DuckDB-WASM's AsyncDuckDB, created here, and wrapped in Framework's public
// DuckDBClient constructor: nothing reaches into the client's private `_db`.
import * as duckdb from "npm:@duckdb/duckdb-wasm";
import { DuckDBClient } from "npm:@observablehq/duckdb";
import { FileAttachment } from "observablehq:stdlib";
import { TABLE_NAMES } from "../contract/index.js";
import { DB_WARM_KEY } from "./dbWarm.js";

const WORKER_SCRIPT = FileAttachment("./dbWorker.js");
const CORPUS = FileAttachment("../data/corpus/corpus.duckdb");
// The bundle every supported browser selects (data/site/buildAssets.ts ships only this one).
const DUCKDB_WORKER = import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js");
const DUCKDB_WASM = import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");

/** Start-up steps the worker reports, in order. */
export type Stage = "connect" | "compile" | "open" | "data" | "attach" | "ready";

/** What a page gets: Framework's client for queries, and DuckDB-WASM's database for connections of its own. */
export interface CorpusDatabase {
  client: DuckDBClient;
  database: duckdb.AsyncDuckDB;
  /** Whether the worker is shared with other pages (a SharedWorker) or this page's own. */
  shared: boolean;
}

// Bumped when a page had to abandon the shared worker (a query that ignores cancel): later pages start a new one.
const GENERATION_KEY = "workbench-duckdb-generation";
function generation(next?: number): number {
  try {
    if (next !== undefined) localStorage.setItem(GENERATION_KEY, String(next));
    return Number(localStorage.getItem(GENERATION_KEY) ?? 0) || 0;
  } catch {
    return next ?? 0; // storage refused (a sandboxed frame): the worker is still shared, only never replaced for later pages
  }
}

/** A MessagePort that looks like the Worker AsyncDuckDB expects; the worker's own WB_* messages are taken out. */
class PortWorker extends EventTarget {
  readonly #port: MessagePort;
  readonly #onLeave: () => void;
  constructor(port: MessagePort, onMessage: (data: { type?: string }) => boolean, onLeave: () => void) {
    super();
    this.#port = port;
    this.#onLeave = onLeave;
    port.onmessage = (event) => {
      if (!onMessage(event.data)) this.dispatchEvent(new MessageEvent("message", { data: event.data }));
    };
    port.onmessageerror = () => this.dispatchEvent(new Event("error"));
  }
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.#port.postMessage(message, transfer);
  }
  /** Leaves the shared worker (its connections are closed there); the next page starts a new one when asked to. */
  terminate(): void {
    this.#port.postMessage({ type: "WB_BYE" });
    this.#port.close();
    this.#onLeave();
  }
}

/** Starts (or joins) the database worker; `onStage` hears the start-up steps. */
export async function openDatabase(options: { fresh?: boolean; onStage?: (stage: Stage) => void } = {}): Promise<CorpusDatabase> {
  const { onStage = () => {} } = options;
  onStage("connect");
  const [script, corpus] = await Promise.all([WORKER_SCRIPT.url(), CORPUS.url()]);
  const url = new URL(script, location.href);
  url.search = new URLSearchParams({
    worker: new URL(DUCKDB_WORKER, location.href).href,
    wasm: new URL(DUCKDB_WASM, location.href).href,
    corpus: new URL(corpus, location.href).href,
    tables: TABLE_NAMES.join(","),
  }).toString();
  const shared = typeof SharedWorker === "function";
  let settle!: { ok: () => void; fail: (error: Error) => void };
  const ready = new Promise<void>((ok, fail) => {
    settle = { ok, fail };
  });
  const onMessage = (data: { type?: string; stage?: Stage; message?: string }): boolean => {
    if (data?.type === "WB_STAGE" && data.stage) onStage(data.stage);
    else if (data?.type === "WB_READY") settle.ok();
    else if (data?.type === "WB_FAILED") settle.fail(new Error(`DuckDB 没有启动：${data.message}`));
    else return false;
    return true;
  };
  let worker: Worker;
  if (shared) {
    if (options.fresh) generation(generation() + 1);
    // The name carries the database's content-hashed URL, so a new build never joins a worker holding the old data.
    const name = `workbench-duckdb ${generation()} ${url.searchParams.get("corpus")}`;
    const sharedWorker = new SharedWorker(url, { name, extendedLifetime: true } as WorkerOptions);
    sharedWorker.onerror = () => settle.fail(new Error(`DuckDB 没有启动：${script} 无法运行`));
    const port = new PortWorker(sharedWorker.port, onMessage, () => generation(generation() + 1));
    // A page that leaves closes its connections in the shared worker (a query still running there is cancelled).
    addEventListener("pagehide", () => sharedWorker.port.postMessage({ type: "WB_BYE" }), { once: true });
    worker = port as unknown as Worker;
  } else {
    worker = new Worker(url);
    worker.addEventListener("message", (event) => {
      if (onMessage(event.data)) event.stopImmediatePropagation();
    });
    worker.onerror = () => settle.fail(new Error(`DuckDB 没有启动：${script} 无法运行`));
  }
  const database = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
  await ready;
  if (shared) {
    try {
      sessionStorage.setItem(DB_WARM_KEY, "1");
    } catch {
      // storage refused (a sandboxed frame): later pages preload the wasm as on a first visit
    }
  }
  onStage("ready");
  return { client: new DuckDBClient(database), database, shared };
}

const listeners = new Set<(stage: Stage) => void>();
let current: Stage = "connect";

/** The page's database, started when this module loads. */
const started: Promise<CorpusDatabase> = openDatabase({
  onStage: (stage) => {
    current = stage;
    for (const listener of listeners) listener(stage);
  },
});
started.catch(() => undefined);

/**
 * The page's database (started when this module loaded). A function, not the promise: Framework
 * awaits a promise a page imports before running the page's code, which would wait for DuckDB.
 */
export function corpusDatabase(): Promise<CorpusDatabase> {
  return started;
}

/** Calls `listener` with the current start-up step and every later one; returns a function that stops it. */
export function onStage(listener: (stage: Stage) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}
