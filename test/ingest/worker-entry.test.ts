import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { type PackedResult, unpackResult } from "../../data/ingest/transfer.ts";
import { workerEntry } from "../../data/ingest/worker-entry.ts";

describe("workerEntry", () => {
  it("workerEntry() bundles the worker once into a cached module under node_modules/.cache (esbuild is installed here)", () => {
    const entry = workerEntry();
    expect(entry.protocol).toBe("file:");
    expect(entry.pathname).toMatch(/\/node_modules\/\.cache\/report-workbench\/ingest-worker-[0-9a-f]{16}\.mjs$/);
    expect(workerEntry()).toBe(entry);
  });

  it("workerEntry() runs processDocument in a worker and answers a posted job", async () => {
    const worker = new Worker(workerEntry());
    try {
      const reply = await new Promise<{ id: number; result: PackedResult }>((resolve, reject) => {
        // The worker first says it is ready (the pool starts a file's clock from there), then answers.
        worker.on("message", (m) => {
          if (!("ready" in m)) resolve(m);
        });
        worker.once("error", reject);
        worker.postMessage({ id: 7, file: "a.txt", bytes: new TextEncoder().encode("济宁高新区实现地区生产总值43.31亿元。") });
      });
      expect(reply.id).toBe(7);
      const result = unpackResult(reply.result);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.sentences.map((s) => s.text)).toEqual(["济宁高新区实现地区生产总值43.31亿元。"]);
      expect(result.facts.map((f) => f.text)).toContain("43.31亿元");
    } finally {
      await worker.terminate();
    }
  });
});
