import { createHash } from "node:crypto";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fileName, generateCorpus, generateDocument } from "../../bench/corpus.ts";
import { loadSeeds } from "../../bench/seeds.ts";
import type { SeedModel } from "../../bench/types.ts";

let model: SeedModel;
beforeAll(async () => {
  model = await loadSeeds(join(import.meta.dirname, "../../seeds"));
});

function digest(seed: number, scale: number): { hash: string; bytes: number; files: number } {
  const hash = createHash("sha256");
  let bytes = 0;
  let files = 0;
  for (const f of generateCorpus(model, { seed, scale })) {
    hash.update(`${f.name}\0${f.text}`);
    bytes += Buffer.byteLength(f.text, "utf8");
    files++;
  }
  return { hash: hash.digest("hex"), bytes, files };
}

describe("generateCorpus", () => {
  it("generateCorpus(model, {seed, scale}) gives the same bytes for the same seed", () => {
    expect(digest(7, 10)).toEqual(digest(7, 10));
  });

  it("generateCorpus gives different bytes for another seed", () => {
    expect(digest(7, 1).hash).not.toBe(digest(8, 1).hash);
  });

  it.each([1, 10, 30])("generateCorpus at %i× is that multiple of the seeds' bytes (within one report)", (scale) => {
    const { bytes } = digest(3, scale);
    expect(bytes).toBeGreaterThanOrEqual(model.bytes * scale);
    expect(bytes).toBeLessThan(model.bytes * scale + 20_000);
  });

  it("a smaller corpus is a prefix of a larger one", () => {
    const small = [...generateCorpus(model, { seed: 5, scale: 1 })];
    const large = [...generateCorpus(model, { seed: 5, scale: 3 })];
    expect(large.slice(0, small.length)).toEqual(small);
  });

  it("generateCorpus rejects a non-integer seed and a non-positive scale", () => {
    expect(() => generateCorpus(model, { seed: 1.5, scale: 1 }).next()).toThrow(TypeError);
    expect(() => generateCorpus(model, { seed: 1, scale: 0 }).next()).toThrow(TypeError);
  });
});

describe("generateDocument", () => {
  it("generateDocument gives a distinct report for every index", () => {
    const docs = Array.from({ length: 40 }, (_, i) => generateDocument(model, 11, i));
    expect(new Set(docs).size).toBe(docs.length);
  });

  it("generateDocument writes numbers, a zone and CJK text so that extraction has work to do", () => {
    const doc = generateDocument(model, 11, 0);
    expect(doc).toMatch(/\d+(\.\d+)?(亿元|万元|%|家|个)/);
    expect(doc).toMatch(/经开区|高新区|开发区/);
  });

  it("generateDocument rejects a negative index", () => {
    expect(() => generateDocument(model, 1, -1)).toThrow(TypeError);
  });
});

describe("fileName", () => {
  it("fileName(index) groups 500 reports per directory", () => {
    expect(fileName(0)).toBe("000/r000000.txt");
    expect(fileName(499)).toBe("000/r000499.txt");
    expect(fileName(500)).toBe("001/r000500.txt");
  });
});
