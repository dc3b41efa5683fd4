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
  /** The file's size in bytes (the bytes are emptied once transferred), for its time budget. */
  size: number;
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
 * Jobs posted to a worker ahead of its answer: the next file waits in the worker's inbox, so a
 * worker goes on as soon as it posts a result instead of waiting for the main thread to read that
 * result and post another file (at 1000× the bench corpus, 4,986 round trips through a main thread
 * that is busy with staging, and on a shared machine not always scheduled).
 */
const DEPTH = 2;

/**
 * A fixed set of worker threads running `processDocument`; each worker processes one job at a
 * time, holds at most DEPTH - 1 more, and jobs wait in order for room. With limits, a file that
 * runs out of time or heap is answered with a failure and its worker is replaced (the jobs waiting
 * in it go to the others), so one pathological report never stalls or stops the others.
 */
export class ProcessPool {
  /** Workers that said they are ready, in the order they did. */
  private readonly ready: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Pending>();
  /** Jobs posted to each worker, in order: the first is running (its budget timer runs), the others wait in the worker. */
  private readonly assigned = new Map<Worker, Job[]>();
  /** The budget timer of each worker's running job. */
  private readonly timers = new Map<Worker, NodeJS.Timeout>();
  private readonly retired = new Set<Worker>();
  private readonly entry = workerEntry();
  /** One string table for every file this pool processes (see columns.ts). */
  private readonly intern = interner();
  private nextId = 0;
  private broken: Error | null = null;
  private closing = false;

  /** With `staging`, results carry sentences and facts as batches to stage (see packResult). */
  constructor(
    size: number,
    private readonly limits: PoolLimits = {},
    private readonly options: { staging?: boolean } = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new TypeError(`ProcessPool: size must be a positive integer, got ${size}`);
    for (const [name, value] of Object.entries(limits))
      if (value !== undefined && !(Number.isFinite(value) && value > 0))
        throw new TypeError(`ProcessPool: ${name} must be a positive number, got ${value}`);
    // A worker joins `ready` when it says it is ready.
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): Worker {
    const { memoryMb } = this.limits;
    const worker = new Worker(this.entry, {
      workerData: { staging: this.options.staging === true },
      ...(memoryMb ? { resourceLimits: { maxOldGenerationSizeMb: memoryMb } } : {}),
    });
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) {
        this.ready.push(worker);
        this.assigned.set(worker, []);
        this.dispatch();
      } else this.settle(worker, reply);
    });
    worker.on("error", (err) => {
      // A heap over the limit is the file's fault: that file fails, the others go on.
      if ((err as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" && this.assigned.get(worker)?.length)
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
    this.queue.push({ id, file, bytes, transfer, size: bytes.byteLength });
    this.dispatch();
    return promise;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      // The ready worker holding the fewest jobs, if it has room.
      let worker: Worker | undefined;
      for (const w of this.ready) if (!worker || this.assigned.get(w)!.length < this.assigned.get(worker)!.length) worker = w;
      const jobs = worker && this.assigned.get(worker)!;
      if (!worker || !jobs || jobs.length >= DEPTH) return;
      const job = this.queue.shift()!;
      jobs.push(job);
      if (jobs.length === 1) this.startClock(worker, job);
      const { id, file, bytes } = job;
      // A transferred buffer is not copied (the 46 MB of the 1000× bench corpus were, once per file).
      worker.postMessage({ id, file, bytes }, job.transfer ? [bytes.buffer as ArrayBuffer] : undefined);
    }
  }

  /** Starts the budget of the job a worker runs now (the first it holds). */
  private startClock(worker: Worker, job: Job): void {
    const { timeMs, timeMsPerMb = 0 } = this.limits;
    if (!timeMs) return;
    const budget = Math.round(timeMs + (timeMsPerMb * job.size) / 1e6);
    this.timers.set(
      worker,
      setTimeout(() => this.replace(worker, `${OVER_TIME}（${budget / 1000} 秒）：处理被中止，其余文件照常写出`), budget),
    );
  }

  /** The worker's running job failed its budget: answer it, stop the worker, hand its waiting jobs on and start a fresh worker. */
  private replace(worker: Worker, message: string): void {
    const jobs = this.assigned.get(worker);
    if (!jobs?.length || this.broken || this.closing) return;
    clearTimeout(this.timers.get(worker));
    this.timers.delete(worker);
    this.assigned.delete(worker);
    this.ready.splice(this.ready.indexOf(worker), 1);
    this.retired.add(worker);
    this.all.delete(worker);
    void worker.terminate();
    const [current, ...waiting] = jobs;
    // The waiting jobs were never started: first in line again, in their order.
    this.queue.unshift(...waiting);
    const pending = this.pending.get(current!.id);
    this.pending.delete(current!.id);
    pending?.resolve(overBudget(current!.file, message));
    this.spawn();
    this.dispatch();
  }

  private settle(worker: Worker, reply: Exclude<Reply, { ready: true }>): void {
    // A stopped worker's last message (its file was answered as over budget already).
    if (this.retired.has(worker)) return;
    clearTimeout(this.timers.get(worker));
    this.timers.delete(worker);
    const jobs = this.assigned.get(worker);
    if (!jobs || jobs[0]?.id !== reply.id) {
      this.fail(new Error(`ingest worker answered job ${reply.id} out of turn`));
      return;
    }
    jobs.shift();
    if (jobs.length > 0) this.startClock(worker, jobs[0]!);
    // Room for the next file before this result is read: the worker never waits for that.
    this.dispatch();
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (pending) {
      if ("result" in reply) pending.resolve(unpackResult(reply.result, this.intern));
      else pending.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, stack: reply.error.stack }));
    }
  }

  /** A worker crashed or could not start: the pool is unusable, so every waiting job fails with the cause. */
  private fail(err: Error): void {
    if (this.broken) return;
    this.broken = err;
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.queue.length = 0;
    this.timers.clear();
    this.assigned.clear();
  }

  /** Stops all workers. */
  async close(): Promise<void> {
    this.closing = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}
