import { Worker } from "node:worker_threads";
import { interner } from "./columns.ts";
import { type PackedResult, unpackResult } from "./transfer.ts";
import type { ProcessFailure, ProcessResult } from "./types.ts";
import { workerEntry } from "./worker-entry.ts";

type Reply =
  | { id: number; result: PackedResult }
  | { id: number; error: { name: string; message: string; stack?: string } }
  | { ready: true; id?: undefined };

interface Pending {
  resolve: (r: ProcessResult) => void;
  reject: (e: Error) => void;
}

interface Job {
  id: number;
  file: string;
  bytes: Uint8Array;
  /** Move the bytes' memory to the worker instead of copying it (the caller gave them up). */
  transfer: boolean;
}

/** Per-file budget: a file that takes longer, or needs more heap, becomes a failure and its worker is replaced. */
export interface PoolLimits {
  /** Milliseconds one file may take in a worker (plus timeMsPerMb for each megabyte of the file). */
  timeMs?: number;
  /** Extra milliseconds per megabyte of the file, so a long report is not cut for being long. */
  timeMsPerMb?: number;
  /** Megabytes of JS heap (V8 old generation) a worker may use for one file. */
  memoryMb?: number;
}

/**
 * The budget of `npm run ingest` and the site build: far above any real report (the seeds take
 * ~0.1 s and ~100 MB each, a 5 MB single line ~5 s of CPU, 50 MB of reports in one file ~150 s on
 * a loaded machine: 60 s + 10 s per MB allows 560 s), far below "hours".
 */
export const DEFAULT_LIMITS = { timeMs: 60_000, timeMsPerMb: 10_000, memoryMb: 4096 } as const satisfies PoolLimits;

/** The error-row message of a file that went over its time budget. */
export const OVER_TIME = "超过处理时限";
/** The error-row message of a file that went over its memory budget. */
export const OVER_MEMORY = "超过内存上限";

function overBudget(file: string, message: string): ProcessFailure {
  return { ok: false, error: { file, stage: "extract", message } };
}

/**
 * A fixed set of worker threads running `processDocument`; each worker takes one
 * job at a time and jobs wait in order for a free worker. With limits, a file that
 * runs out of time or heap is answered with a failure and its worker is replaced,
 * so one pathological report never stalls or stops the others.
 */
export class ProcessPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, { job: Job; timer?: NodeJS.Timeout }>();
  private readonly retired = new Set<Worker>();
  private readonly entry = workerEntry();
  /** One string table for every file this pool processes (see columns.ts). */
  private readonly intern = interner();
  private nextId = 0;
  private broken: Error | null = null;
  private closing = false;

  constructor(
    size: number,
    private readonly limits: PoolLimits = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new TypeError(`ProcessPool: size must be a positive integer, got ${size}`);
    for (const [name, value] of Object.entries(limits))
      if (value !== undefined && !(Number.isFinite(value) && value > 0))
        throw new TypeError(`ProcessPool: ${name} must be a positive number, got ${value}`);
    // A worker joins `idle` when it says it is ready.
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): Worker {
    const { memoryMb } = this.limits;
    const worker = new Worker(this.entry, memoryMb ? { resourceLimits: { maxOldGenerationSizeMb: memoryMb } } : undefined);
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) {
        this.idle.push(worker);
        this.dispatch();
      } else this.settle(worker, reply);
    });
    worker.on("error", (err) => {
      // A heap over the limit is the file's fault: that file fails, the others go on.
      if ((err as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" && this.busy.has(worker))
        this.replace(worker, `${OVER_MEMORY}（${memoryMb} MB）：处理这个文件需要更多内存，其余文件照常写出`);
      else this.fail(err);
    });
    worker.on("exit", (code) => {
      if (!this.closing && !this.retired.has(worker)) this.fail(new Error(`ingest worker exited unexpectedly with code ${code}`));
    });
    this.all.add(worker);
    return worker;
  }

  /**
   * Processes one file in a worker. With `transfer`, the bytes' memory moves to the worker when they
   * are the whole of their buffer (as readFileSync gives them): `bytes` is then emptied.
   */
  run(file: string, bytes: Uint8Array, options: { transfer?: boolean } = {}): Promise<ProcessResult> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const promise = new Promise<ProcessResult>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    const transfer = options.transfer === true && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    this.queue.push({ id, file, bytes, transfer });
    this.dispatch();
    return promise;
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const { timeMs, timeMsPerMb = 0 } = this.limits;
      const budget = timeMs ? Math.round(timeMs + (timeMsPerMb * job.bytes.length) / 1e6) : 0;
      const timer = budget
        ? setTimeout(() => this.replace(worker, `${OVER_TIME}（${budget / 1000} 秒）：处理被中止，其余文件照常写出`), budget)
        : undefined;
      this.busy.set(worker, { job, timer });
      const { id, file, bytes } = job;
      // A transferred buffer is not copied (the 46 MB of the 1000× bench corpus were, once per file).
      worker.postMessage({ id, file, bytes }, job.transfer ? [bytes.buffer as ArrayBuffer] : undefined);
    }
  }

  /** The worker's file failed its budget: answer it, stop the worker and put a fresh one in its place. */
  private replace(worker: Worker, message: string): void {
    const current = this.busy.get(worker);
    if (!current || this.broken || this.closing) return;
    clearTimeout(current.timer);
    this.busy.delete(worker);
    this.retired.add(worker);
    this.all.delete(worker);
    void worker.terminate();
    const pending = this.pending.get(current.job.id);
    this.pending.delete(current.job.id);
    pending?.resolve(overBudget(current.job.file, message));
    this.spawn();
  }

  private settle(worker: Worker, reply: Exclude<Reply, { ready: true }>): void {
    clearTimeout(this.busy.get(worker)?.timer);
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.busy.delete(worker);
    this.idle.push(worker);
    if (pending) {
      if ("result" in reply) pending.resolve(unpackResult(reply.result, this.intern));
      else pending.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, stack: reply.error.stack }));
    }
    this.dispatch();
  }

  /** A worker crashed or could not start: the pool is unusable, so every waiting job fails with the cause. */
  private fail(err: Error): void {
    if (this.broken) return;
    this.broken = err;
    for (const { timer } of this.busy.values()) clearTimeout(timer);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.queue.length = 0;
    this.busy.clear();
  }

  /** Stops all workers. */
  async close(): Promise<void> {
    this.closing = true;
    for (const { timer } of this.busy.values()) clearTimeout(timer);
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}
