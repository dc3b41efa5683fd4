import { Worker } from "node:worker_threads";
import { type PackedResult, unpackResult } from "./transfer.ts";
import type { ProcessResult } from "./types.ts";
import { workerEntry } from "./worker-entry.ts";

type Reply = { id: number; result: PackedResult } | { id: number; error: { name: string; message: string; stack?: string } };

interface Pending {
  resolve: (r: ProcessResult) => void;
  reject: (e: Error) => void;
}

/**
 * A fixed set of worker threads running `processDocument`; each worker takes one
 * job at a time and jobs wait in order for a free worker.
 */
export class ProcessPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: { id: number; file: string; bytes: Uint8Array }[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 0;
  private broken: Error | null = null;
  private closing = false;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new TypeError(`ProcessPool: size must be a positive integer, got ${size}`);
    const entry = workerEntry();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry);
      worker.on("message", (reply: Reply) => this.settle(worker, reply));
      worker.on("error", (err) => this.fail(err));
      worker.on("exit", (code) => {
        if (!this.closing) this.fail(new Error(`ingest worker exited unexpectedly with code ${code}`));
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  /** Processes one file in a worker. */
  run(file: string, bytes: Uint8Array): Promise<ProcessResult> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const promise = new Promise<ProcessResult>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, file, bytes });
    this.dispatch();
    return promise;
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job.id);
      worker.postMessage(job);
    }
  }

  private settle(worker: Worker, reply: Reply): void {
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.busy.delete(worker);
    this.idle.push(worker);
    if (pending) {
      if ("result" in reply) pending.resolve(unpackResult(reply.result));
      else pending.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, stack: reply.error.stack }));
    }
    this.dispatch();
  }

  /** A worker crashed or could not start: the pool is unusable, so every waiting job fails with the cause. */
  private fail(err: Error): void {
    if (this.broken) return;
    this.broken = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.queue.length = 0;
    this.busy.clear();
  }

  /** Stops all workers. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
