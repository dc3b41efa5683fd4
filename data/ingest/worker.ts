// Worker-thread entry: runs processFile for each job posted by ProcessPool.
import { parentPort, workerData } from "node:worker_threads";
import { processFile } from "./process.ts";
import { packResult } from "./transfer.ts";

if (!parentPort) throw new Error("data/ingest/worker.ts must run as a worker thread (see pool.ts)");
const port = parentPort;
type Job = { id: number; file: string; bytes: Uint8Array };
/** Whether the pool's owner stages sentences and facts (see packResult). */
const staging = (workerData as { staging?: boolean } | null)?.staging === true;

async function run(job: Job): Promise<void> {
  try {
    port.postMessage({ id: job.id, result: packResult(await processFile(job.file, job.bytes), staging) });
  } catch (err) {
    // Programming errors go back to the main thread, which rethrows them.
    const e = err instanceof Error ? err : new Error(String(err));
    port.postMessage({ id: job.id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
}

// The pool posts the next job before this one is answered: jobs run one after another, in order
// (processFile awaits for some formats, and the pool times and answers each job in turn).
let last = Promise.resolve();
port.on("message", (job: Job) => {
  last = last.then(() => run(job));
});
// Loaded: the pool starts a file's clock only from here, so start-up never counts against a file.
port.postMessage({ ready: true });
