// The notebook's database, watched: when a cancelled query does not stop (DuckDB-WASM runs a
// query in one worker, and a big join does not look at the interrupt flag for a long time), the
// worker is terminated and the database reopened, so the next cell runs at once instead of
// waiting for the old query (issue 17: after 取消 on a cross join the next cell waited 16 s to forever).
import type * as arrow from "npm:apache-arrow";
import { lockDown, type NotebookConnection, type NotebookDatabase } from "./run.js";

/** How long a cancelled query may take to stop before its worker is replaced. */
export const CANCEL_GRACE_MS = 2000;

/** A database that can be stopped (DuckDB-WASM's AsyncDuckDB.terminate ends its worker). */
interface Terminable {
  terminate?(): Promise<unknown> | unknown;
}

type Reader = AsyncIterable<arrow.RecordBatch> & { schema?: arrow.Schema };

function deferred(): { promise: Promise<never>; reject: (e: Error) => void } {
  let reject!: (e: Error) => void;
  const promise = new Promise<never>((_, fail) => {
    reject = fail;
  });
  promise.catch(() => {});
  return { promise, reject };
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** A NotebookDatabase that replaces its worker when a cancelled query keeps running. */
export class SupervisedDatabase implements NotebookDatabase {
  #current: NotebookDatabase;
  readonly #reopen: (() => Promise<NotebookDatabase>) | undefined;
  #ready: Promise<void> = Promise.resolve();
  #kill = deferred();
  #restarts = 0;
  /** Called after the worker was replaced (the notebook says so). */
  onRestart: ((count: number) => void) | undefined;

  constructor(database: NotebookDatabase, reopen?: () => Promise<NotebookDatabase>, options: { graceMs?: number } = {}) {
    this.#current = database;
    this.#reopen = reopen;
    this.graceMs = options.graceMs ?? CANCEL_GRACE_MS;
  }

  readonly graceMs: number;

  /** How many times the worker was replaced. */
  get restarts(): number {
    return this.#restarts;
  }

  /** The database queries currently go to. */
  get current(): NotebookDatabase {
    return this.#current;
  }

  async connect(): Promise<NotebookConnection> {
    for (;;) {
      await this.#ready;
      const database = this.#current;
      const kill = this.#kill.promise;
      try {
        // Connecting waits for a busy worker: if that worker is replaced meanwhile, its promise
        // never settles, so the connect races the kill too and then tries the new database.
        return this.#wrap(await Promise.race([database.connect(), kill]), database, kill);
      } catch (error) {
        // The kill comes before the new database is in place: wait for the restart to finish.
        await this.#ready.catch(() => {});
        if (database === this.#current) throw error;
      }
    }
  }

  #wrap(conn: NotebookConnection, database: NotebookDatabase, kill: Promise<never>): NotebookConnection {
    const active = new Set<Promise<unknown>>();
    const track = <T>(operation: Promise<T>): Promise<T> => {
      const tracked = Promise.race([operation, kill]);
      active.add(tracked);
      const forget = () => active.delete(tracked);
      tracked.then(forget, forget);
      return tracked;
    };
    return {
      send: async (text: string) => {
        const reader: Reader = await track(conn.send(text));
        return {
          get schema() {
            return reader.schema;
          },
          [Symbol.asyncIterator]() {
            const it = reader[Symbol.asyncIterator]();
            return {
              next: () => track(it.next()),
              return: async (value?: unknown) => (it.return ? track(it.return(value)) : { done: true as const, value: undefined }),
            } as AsyncIterator<arrow.RecordBatch>;
          },
        };
      },
      query: (text: string) => track(conn.query(text)),
      cancelSent: async () => {
        const accepted = await Promise.race([conn.cancelSent().catch(() => false), sleep(this.graceMs).then(() => false)]);
        this.#watch(database, active);
        return accepted;
      },
      // A terminated worker never answers: closing its connection must not hang the caller.
      close: () => Promise.race([conn.close().catch(() => {}), kill.catch(() => {}), sleep(this.graceMs)]).then(() => {}),
    };
  }

  /** After a cancel: wait for the connection's work to end, and replace the worker when it does not. */
  #watch(database: NotebookDatabase, active: Set<Promise<unknown>>): void {
    if (database !== this.#current || active.size === 0) return;
    const stopped = Promise.allSettled([...active]).then(() => true);
    const previous = this.#ready;
    this.#ready = (async () => {
      await previous;
      const quiet = await Promise.race([stopped, sleep(this.graceMs).then(() => false)]);
      if (!quiet && database === this.#current && this.#reopen) await this.#restart(database);
    })();
  }

  async #restart(old: NotebookDatabase): Promise<void> {
    this.#kill.reject(new Error("查询没有响应取消，DuckDB 已重启，这个查询被强制停止。"));
    this.#kill = deferred();
    try {
      await (old as Terminable).terminate?.();
    } catch {
      // already gone
    }
    const next = await this.#reopen!();
    await lockDown(next);
    this.#current = next;
    this.#restarts++;
    this.onRestart?.(this.#restarts);
  }
}
