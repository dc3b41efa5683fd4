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

  it("ProcessPool.run with transfer moves a whole buffer to the worker and copies a view into a larger one", async () => {
    const pool = new ProcessPool(1);
    try {
      const [seed] = SEED_FILES as [string];
      const expected = processDocument(seed, seedBytes(seed));
      const whole = new Uint8Array(seedBytes(seed));
      expect(await pool.run(seed, whole, { transfer: true })).toEqual(expected);
      expect(whole.byteLength).toBe(0);
      // A view (Node's pooled small buffers are such views) keeps its memory: other views share it.
      const bytes = seedBytes(seed);
      const shared = new Uint8Array(bytes.byteLength + 8);
      shared.set(bytes, 8);
      const view = shared.subarray(8);
      expect(await pool.run(seed, view, { transfer: true })).toEqual(expected);
      expect(view.byteLength).toBe(bytes.byteLength);
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

// Issue 17: one pathological report stalled ingest for hours and nothing was written for any report.
describe("ProcessPool limits", () => {
  const slow = new TextEncoder().encode(`标题\n\n${"济宁高新区实现地区生产总值增长百分之八企业数量达到一百家".repeat(40_000)}\n`);
  const seed = SEED_FILES[0]!;

  it("a file over the time budget is an error row (超过处理时限); the files around it are processed by a fresh worker", async () => {
    const pool = new ProcessPool(1, { timeMs: 1500 });
    try {
      const [before, over, after] = await Promise.all([
        pool.run("a.txt", new TextEncoder().encode("济宁高新区。")),
        pool.run("slow.txt", slow),
        pool.run(seed, seedBytes(seed)),
      ]);
      expect(before).toMatchObject({ ok: true });
      expect(over).toEqual({
        ok: false,
        error: { file: "slow.txt", stage: "extract", message: expect.stringMatching(/^超过处理时限（1\.5 秒）/) },
      });
      expect(after).toEqual(processDocument(seed, seedBytes(seed)));
    } finally {
      await pool.close();
    }
  });

  it("a file over the memory budget is an error row (超过内存上限); the next file is processed", async () => {
    const pool = new ProcessPool(1, { memoryMb: 64 });
    try {
      const huge = new TextEncoder().encode(`标题\n\n${"1亿元，".repeat(400_000)}\n`);
      expect(await pool.run("huge.txt", huge)).toEqual({
        ok: false,
        error: { file: "huge.txt", stage: "extract", message: expect.stringMatching(/^超过内存上限（64 MB）/) },
      });
      expect(await pool.run(seed, seedBytes(seed))).toEqual(processDocument(seed, seedBytes(seed)));
    } finally {
      await pool.close();
    }
  });

  it.each([{ timeMs: 0 }, { memoryMb: -1 }, { timeMs: Number.NaN }])("new ProcessPool(1, %o) throws a TypeError", (limits) => {
    expect(() => new ProcessPool(1, limits)).toThrow(TypeError);
  });
});
