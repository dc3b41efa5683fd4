// Runs one cell's query on its own DuckDB-WASM connection: read-only guard,
// row limit, timing, time limit, cancellation, and errors turned into readable outcomes.
import * as arrow from "npm:apache-arrow";
import { explainError } from "./errors.js";
import { checkReadOnly, limitQuery } from "./guard.js";

/** The parts of DuckDB-WASM's AsyncDuckDBConnection the runner uses. */
export interface NotebookConnection {
  send(text: string): Promise<AsyncIterable<arrow.RecordBatch> & { schema?: arrow.Schema }>;
  query(text: string): Promise<arrow.Table>;
  cancelSent(): Promise<boolean>;
  close(): Promise<void>;
}

/** The parts of DuckDB-WASM's AsyncDuckDB the runner uses (components/database.ts creates it). */
export interface NotebookDatabase {
  connect(): Promise<NotebookConnection>;
}

/** What running a cell gave. */
export type RunOutcome =
  | { kind: "ok"; table: arrow.Table; truncated: boolean; limit: number; ms: number }
  | { kind: "refused"; message: string }
  | { kind: "error"; message: string; detail: string; ms: number }
  | { kind: "cancelled"; ms: number };

/** Rows a cell fetches at most; a larger result is cut with a visible note. */
export const ROW_LIMIT = 10_000;

/** Default per-cell time limit; the notebook's toolbar changes it (setCellTimeLimit). */
export const DEFAULT_TIME_LIMIT_MS = 30_000;
let timeLimitMs = DEFAULT_TIME_LIMIT_MS;

/** Sets the time limit of every query started from now on (milliseconds; Infinity for none). */
export function setCellTimeLimit(ms: number): void {
  if (!(ms > 0)) throw new TypeError(`setCellTimeLimit: ms must be positive, got ${ms}`);
  timeLimitMs = ms;
}

/** The current per-cell time limit in milliseconds. */
export function cellTimeLimit(): number {
  return timeLimitMs;
}

const lockdowns = new WeakMap<NotebookDatabase, Promise<void>>();

/** Turns off file and network access for a database, once (a setting that cannot be turned back on). */
export function lockDown(database: NotebookDatabase): Promise<void> {
  let lockdown = lockdowns.get(database);
  if (!lockdown) {
    lockdown = (async () => {
      const conn = await database.connect();
      try {
        // The site's database worker locks it down itself (components/dbWorker.js); a locked
        // configuration refuses SET, so only an open one is locked here.
        const [state] = (await conn.query("SELECT current_setting('lock_configuration') AS locked")).toArray();
        if (state?.locked === true) return;
        await conn.query("SET enable_external_access = false");
        await conn.query("SET lock_configuration = true");
      } finally {
        await conn.close();
      }
    })();
    lockdowns.set(database, lockdown);
  }
  return lockdown;
}

const running = new Set<RunningQuery>();

/** Cancels every query still running (the notebook's stop for 全部运行). */
export async function cancelAll(): Promise<void> {
  await Promise.all([...running].map((q) => q.cancel()));
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} 秒`;
}

/** One running query that can be cancelled, and stops by itself at the time limit. */
export class RunningQuery {
  readonly done: Promise<RunOutcome>;
  #conn: Promise<NotebookConnection>;
  #cancelled = false;
  #started = performance.now();
  #settle: ((outcome: RunOutcome) => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(database: NotebookDatabase, sql: string, limit: number = ROW_LIMIT, options: { timeLimitMs?: number } = {}) {
    const checked = checkReadOnly(sql);
    this.#conn = database.connect();
    if (!checked.ok) {
      this.done = Promise.resolve({ kind: "refused", message: checked.message });
      void this.#conn.then(
        (c) => c.close(),
        () => {},
      );
      return;
    }
    const text = checked.wrappable ? limitQuery(checked.statement, limit + 1) : checked.statement;
    const settled = new Promise<RunOutcome>((resolve) => {
      this.#settle = resolve;
    });
    const budget = options.timeLimitMs ?? timeLimitMs;
    if (Number.isFinite(budget)) this.#timer = setTimeout(() => void this.#stop(this.#overTime(budget)), budget);
    running.add(this);
    this.done = Promise.race([settled, this.#execute(text, limit)]).finally(() => {
      clearTimeout(this.#timer);
      running.delete(this);
    });
  }

  #overTime(budget: number): RunOutcome {
    return {
      kind: "error",
      message: `查询超过了每个单元格 ${seconds(budget)}的时限，已停止。缩小查询范围（WHERE、LIMIT），或在工具栏「单元格时限」中调高时限后再运行。`,
      detail: `time limit ${budget} ms exceeded`,
      ms: this.elapsed(),
    };
  }

  async #execute(text: string, limit: number): Promise<RunOutcome> {
    let conn: NotebookConnection;
    try {
      conn = await this.#conn;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: "error", message: "数据库没有准备好，无法运行查询。请刷新页面。", detail, ms: this.elapsed() };
    }
    // Cancelled while DuckDB was still starting (or busy): the query is never sent.
    if (this.#cancelled) {
      await conn.close().catch(() => {});
      return { kind: "cancelled", ms: this.elapsed() };
    }
    try {
      const reader = await conn.send(text);
      const batches: arrow.RecordBatch[] = [];
      let rows = 0;
      for await (const batch of reader) {
        if (this.#cancelled) break;
        batches.push(batch);
        rows += batch.numRows;
        if (rows > limit) break;
      }
      if (this.#cancelled) return { kind: "cancelled", ms: this.elapsed() };
      let table = batches.length > 0 ? new arrow.Table(batches) : new arrow.Table(reader.schema ?? new arrow.Schema([]));
      const truncated = table.numRows > limit;
      if (truncated) table = table.slice(0, limit);
      return { kind: "ok", table, truncated, limit, ms: this.elapsed() };
    } catch (error) {
      if (this.#cancelled) return { kind: "cancelled", ms: this.elapsed() };
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: "error", message: explainError(detail), detail, ms: this.elapsed() };
    } finally {
      await conn.close().catch(() => {});
    }
  }

  /** Milliseconds since the query started. */
  elapsed(): number {
    return Math.round(performance.now() - this.#started);
  }

  /**
   * Asks DuckDB to interrupt the query; the outcome becomes "cancelled" at once. With a
   * SupervisedDatabase, a query that ignores the interrupt has its worker replaced.
   */
  cancel(): Promise<void> {
    return this.#stop({ kind: "cancelled", ms: this.elapsed() });
  }

  async #stop(outcome: RunOutcome): Promise<void> {
    if (this.#cancelled) return;
    this.#cancelled = true;
    clearTimeout(this.#timer);
    this.#settle?.(outcome);
    try {
      const conn = await this.#conn;
      await conn.cancelSent().catch(() => false);
    } catch {
      // never connected: nothing to interrupt
    }
  }
}
