// Worker-thread entry: runs processFile for each job posted by ProcessPool.
import { parentPort } from "node:worker_threads";
import { processFile } from "./process.ts";
import { packResult } from "./transfer.ts";

if (!parentPort) throw new Error("data/ingest/worker.ts must run as a worker thread (see pool.ts)");
const port = parentPort;
port.on("message", async (job: { id: number; file: string; bytes: Uint8Array }) => {
  try {
    port.postMessage({ id: job.id, result: packResult(await processFile(job.file, job.bytes)) });
  } catch (err) {
    // Programming errors go back to the main thread, which rethrows them.
    const e = err instanceof Error ? err : new Error(String(err));
    port.postMessage({ id: job.id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});
// Loaded: the pool starts a file's clock only from here, so start-up never counts against a file.
port.postMessage({ ready: true });
