// Issue 17: 取消 on a cross join marked the cell cancelled, but the next cell waited 16 s to
// forever, because the query kept running in DuckDB-WASM's single worker. These fakes stand in
// for that worker: one that honours the interrupt, and one that ignores it until terminated.
import * as arrow from "apache-arrow";
import { describe, expect, it } from "vitest";
import { cancelAll, lockDown, type NotebookConnection, type NotebookDatabase, RunningQuery } from "../../../src/components/notebook/run.ts";
import { SupervisedDatabase } from "../../../src/components/notebook/supervisor.ts";

type Mode = "answer" | "polite" | "stuck" | "busy";

/** A fake DuckDB-WASM worker: `mode` decides how a query that is not answered at once behaves. */
class FakeDatabase implements NotebookDatabase {
  readonly sent: string[] = [];
  terminated = false;
  #busy = false;
  constructor(public mode: Mode) {}
  async connect(): Promise<NotebookConnection> {
    // "busy": like DuckDB-WASM's one worker, a new connection waits while a query runs (for ever, if it never stops).
    if (this.mode === "busy" && this.#busy) return new Promise(() => {});
    let interrupt: ((e: Error) => void) | undefined;
    return {
      send: (text: string) => {
        this.sent.push(text);
        if (this.terminated) return new Promise(() => {});
        if (this.mode === "answer" || !/cross join/i.test(text)) {
          const table = arrow.tableFromArrays({ n: Int32Array.from([1, 2]) });
          const batches = async function* () {
            yield* table.batches;
          };
          return Promise.resolve(Object.assign(batches(), { schema: table.schema }));
        }
        // A cross join: "polite" stops when interrupted; "stuck" and "busy" never answer (until terminated: still never).
        this.#busy = true;
        return new Promise((_, fail) => {
          if (this.mode === "polite") interrupt = fail;
        });
      },
      query: async (text: string) => {
        this.sent.push(text);
        return arrow.tableFromArrays({});
      },
      cancelSent: async () => {
        interrupt?.(new Error("INTERRUPT Error: Interrupted!"));
        return true;
      },
      close: async () => {},
    };
  }
  terminate() {
    this.terminated = true;
  }
}

const CROSS = "SELECT count(*) FROM facts a CROSS JOIN facts b CROSS JOIN facts c";

describe("RunningQuery on a SupervisedDatabase", () => {
  it("a query that honours 取消 is cancelled and the next one runs on the same worker", async () => {
    const worker = new FakeDatabase("polite");
    const db = new SupervisedDatabase(worker, async () => new FakeDatabase("answer"), { graceMs: 100 });
    const query = new RunningQuery(db, CROSS);
    await query.cancel();
    expect(await query.done).toMatchObject({ kind: "cancelled" });
    const next = await new RunningQuery(db, "SELECT 1").done;
    expect(next).toMatchObject({ kind: "ok" });
    expect(db.restarts).toBe(0);
  });

  it("a cell that connects while the stuck worker is still busy runs on the new worker once it is replaced", async () => {
    const worker = new FakeDatabase("busy");
    const db = new SupervisedDatabase(worker, async () => new FakeDatabase("answer"), { graceMs: 100 });
    const query = new RunningQuery(db, CROSS);
    await new Promise((ok) => setTimeout(ok, 20));
    const cancelled = query.cancel();
    // The next cell starts before the grace period is over: its connection waits on the busy worker.
    const next = new RunningQuery(db, "SELECT 1").done;
    await cancelled;
    expect(await next).toMatchObject({ kind: "ok" });
    expect(worker.terminated).toBe(true);
    expect(db.restarts).toBe(1);
  });

  it("a query that ignores 取消: the worker is terminated, the database reopened and locked, and the next cell runs", async () => {
    const worker = new FakeDatabase("stuck");
    const fresh = new FakeDatabase("answer");
    const db = new SupervisedDatabase(worker, async () => fresh, { graceMs: 100 });
    const query = new RunningQuery(db, CROSS);
    await new Promise((ok) => setTimeout(ok, 20));
    await query.cancel();
    expect(await query.done).toMatchObject({ kind: "cancelled" });
    const started = performance.now();
    const next = await new RunningQuery(db, "SELECT 1").done;
    expect(next).toMatchObject({ kind: "ok" });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(worker.terminated).toBe(true);
    expect(db.restarts).toBe(1);
    expect(fresh.sent).toContain("SET enable_external_access = false");
    expect(fresh.sent).toContain("SET lock_configuration = true");
  });

  it("a query over the time limit stops with a clear message, and the next cell runs", async () => {
    const db = new SupervisedDatabase(new FakeDatabase("stuck"), async () => new FakeDatabase("answer"), { graceMs: 100 });
    const outcome = await new RunningQuery(db, CROSS, 100, { timeLimitMs: 50 }).done;
    expect(outcome).toMatchObject({ kind: "error", detail: "time limit 50 ms exceeded" });
    expect(outcome.kind === "error" && outcome.message).toMatch(/^查询超过了每个单元格 0\.1 秒的时限，已停止。/);
    expect(await new RunningQuery(db, "SELECT 1").done).toMatchObject({ kind: "ok" });
  });

  it("cancelAll stops every running query (the stop of 全部运行)", async () => {
    const db = new SupervisedDatabase(new FakeDatabase("polite"), undefined, { graceMs: 100 });
    const queries = [new RunningQuery(db, CROSS), new RunningQuery(db, CROSS)];
    await cancelAll();
    expect(await Promise.all(queries.map((q) => q.done))).toMatchObject([{ kind: "cancelled" }, { kind: "cancelled" }]);
  });

  it("a query cancelled while DuckDB is still starting is never sent", async () => {
    const db = new FakeDatabase("stuck");
    let start!: () => void;
    const started = new Promise<void>((ok) => {
      start = ok;
    });
    const starting: NotebookDatabase = {
      connect: async () => {
        await started;
        return db.connect();
      },
    };
    const query = new RunningQuery(starting, CROSS);
    const cancelled = query.cancel();
    start();
    await cancelled;
    expect(await query.done).toMatchObject({ kind: "cancelled" });
    expect(db.sent).toEqual([]);
  });

  it("lockDown leaves a database whose configuration the site's worker already locked (SET would fail there)", async () => {
    const sent: string[] = [];
    const locked: NotebookDatabase = {
      connect: async () => ({
        send: async () => Object.assign((async function* () {})(), {}),
        query: async (text: string) => {
          sent.push(text);
          if (text.startsWith("SET")) throw new Error("Cannot change configuration option: the configuration has been locked");
          return arrow.tableFromJSON([{ locked: true }]);
        },
        cancelSent: async () => false,
        close: async () => {},
      }),
    };
    await lockDown(locked);
    expect(sent).toEqual(["SELECT current_setting('lock_configuration') AS locked"]);
  });

  it("lockDown runs once per database", async () => {
    const a = new FakeDatabase("answer");
    await Promise.all([lockDown(a), lockDown(a)]);
    expect(a.sent.filter((s) => s.startsWith("SET enable_external_access"))).toHaveLength(1);
  });
});
