import { describe, expect, it } from "vitest";
import { ProcessPool, processDocument } from "../../data/ingest/index.ts";
import { SEED_FILES, seedBytes } from "../fixtures/seeds.ts";

describe("ProcessPool", () => {
  it("ProcessPool(2).run gives exactly what processDocument gives in this thread", async () => {
    const pool = new ProcessPool(2);
    try {
      const results = await Promise.all(SEED_FILES.map((f) => pool.run(f, seedBytes(f))));
      expect(results).toEqual(SEED_FILES.map((f) => processDocument(f, seedBytes(f))));
    } finally {
      await pool.close();
    }
  });

  it("ProcessPool.run passes a programming error in the worker back as a rejection", async () => {
    const pool = new ProcessPool(1);
    try {
      await expect(pool.run("", new Uint8Array([0x41]))).rejects.toThrow(/file must be a non-empty string/);
      // The worker survives a rejected job.
      await expect(pool.run("a.txt", new TextEncoder().encode("济宁高新区。"))).resolves.toMatchObject({ ok: true });
    } finally {
      await pool.close();
    }
  });

  it.each([0, -1, 1.5])("new ProcessPool(%s) throws a TypeError", (size) => {
    expect(() => new ProcessPool(size)).toThrow(TypeError);
  });
});
