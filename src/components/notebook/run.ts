// Runs one cell's query on its own DuckDB-WASM connection: read-only guard,
// row limit, timing, cancellation, and errors turned into readable outcomes.
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

/** The parts of DuckDB-WASM's AsyncDuckDB the runner uses (Framework's `db._db`). */
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

let lockdown: Promise<void> | undefined;

/** Turns off file and network access for the page's database, once (a setting that cannot be turned back on). */
export function lockDown(database: NotebookDatabase): Promise<void> {
  lockdown ??= (async () => {
    const conn = await database.connect();
    try {
      await conn.query("SET enable_external_access = false");
      await conn.query("SET lock_configuration = true");
    } finally {
      await conn.close();
    }
  })();
  return lockdown;
}

/** One running query that can be cancelled. */
export class RunningQuery {
  readonly done: Promise<RunOutcome>;
  #conn: Promise<NotebookConnection>;
  #cancelled = false;
  #started = performance.now();
  #settle: ((outcome: RunOutcome) => void) | undefined;

  constructor(database: NotebookDatabase, sql: string, limit: number = ROW_LIMIT) {
    const checked = checkReadOnly(sql);
    this.#conn = database.connect();
    if (!checked.ok) {
      this.done = Promise.resolve({ kind: "refused", message: checked.message });
      void this.#conn.then((c) => c.close());
      return;
    }
    const text = checked.wrappable ? limitQuery(checked.statement, limit + 1) : checked.statement;
    const settled = new Promise<RunOutcome>((resolve) => {
      this.#settle = resolve;
    });
    this.done = Promise.race([settled, this.#execute(text, limit)]);
  }

  async #execute(text: string, limit: number): Promise<RunOutcome> {
    const conn = await this.#conn;
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

  /** Asks DuckDB to interrupt the query; the outcome becomes "cancelled" at once. */
  async cancel(): Promise<void> {
    if (this.#cancelled) return;
    this.#cancelled = true;
    this.#settle?.({ kind: "cancelled", ms: this.elapsed() });
    const conn = await this.#conn;
    await conn.cancelSent().catch(() => false);
  }
}
