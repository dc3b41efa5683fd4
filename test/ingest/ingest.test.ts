import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { IngestResult, Progress } from "../../data/ingest/index.ts";
import { ingest, sha256Hex } from "../../data/ingest/index.ts";
import { encodeGbk } from "../fixtures/gbk.ts";
import { SEED_FILES, SEED_PATHS, SEEDS_DIR, seedText } from "../fixtures/seeds.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** Every row of every table reads its own text from the document by code points. */
function expectProvenance(result: IngestResult): void {
  const docs = new Map(result.documents.map((d) => [d.doc_id, [...d.text]]));
  const tables = { sentences: result.sentences, facts: result.facts, mentions: result.mentions, events: result.events };
  for (const [table, rows] of Object.entries(tables)) {
    for (const row of rows) {
      const slice = docs.get(row.doc_id)?.slice(row.start, row.end).join("");
      if (slice !== row.text) throw new Error(`${table} row ${JSON.stringify(row)} reads ${JSON.stringify(slice)}`);
    }
  }
}

describe("ingest", () => {
  it("ingest(seeds) gives 5 documents and 325 sentences in file order, no errors", async () => {
    const result = await ingest(SEED_PATHS, { root: SEEDS_DIR });
    expect(result.errors).toEqual([]);
    expect(result.documents.map((d) => d.file)).toEqual(SEED_FILES);
    expect(result.documents.map((d) => d.doc_id)).toEqual(SEED_PATHS.map((p) => sha256Hex(readFileSync(p)).slice(0, 16)));
    expect(result.sentences).toHaveLength(325);
    const rank = new Map(result.documents.map((d, i) => [d.doc_id, i]));
    const order = result.sentences.map((s) => [rank.get(s.doc_id)!, s.start]);
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it("ingest(seeds): every row of every table is the exact code-point slice of its document", async () => {
    expectProvenance(await ingest(SEED_PATHS, { root: SEEDS_DIR }));
  });

  it("ingest with 2 workers gives rows identical to 1 worker", async () => {
    const one = await ingest(SEED_PATHS, { root: SEEDS_DIR });
    const two = await ingest(SEED_PATHS, { root: SEEDS_DIR, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it("ingest names files relative to root with forward slashes and reports progress per file", async () => {
    const progress: Progress[] = [];
    const result = await ingest(SEED_PATHS.slice(0, 2), { root: join(SEEDS_DIR, ".."), onProgress: (p) => progress.push(p) });
    expect(result.documents.map((d) => d.file)).toEqual(SEED_FILES.slice(0, 2).map((f) => `seeds/${f}`));
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it("ingest keeps one document for identical files and reports the duplicate with stage dedupe naming both", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-dedupe-"));
    copyFileSync(SEED_PATHS[0]!, join(dir, "a.txt"));
    copyFileSync(SEED_PATHS[0]!, join(dir, "b.txt"));
    const result = await ingest([join(dir, "b.txt"), join(dir, "a.txt")], { root: dir });
    expect(result.documents.map((d) => d.file)).toEqual(["a.txt"]);
    expect(result.errors).toEqual([{ file: "b.txt", stage: "dedupe", message: expect.stringContaining("same content as a.txt") }]);
  });

  it("ingest turns each broken file into an error row and still ingests the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-bad-"));
    for (const f of ["empty.txt", "punctuation-only.txt", "whitespace-only.txt", "script-tag.txt"])
      copyFileSync(join(FIXTURES, f), join(dir, f));
    writeFileSync(
      join(dir, "binary.txt"),
      Uint8Array.from({ length: 256 }, (_, i) => i),
    );
    writeFileSync(join(dir, "gbk.txt"), encodeGbk(seedText("002_e70ec2d6cbeccfa8.txt")));
    const files = ["binary.txt", "empty.txt", "gbk.txt", "missing.txt", "punctuation-only.txt", "script-tag.txt", "whitespace-only.txt"];
    const result = await ingest(
      files.map((f) => join(dir, f)),
      { root: dir, workers: 2 },
    );
    expect(result.documents.map((d) => d.file)).toEqual(["gbk.txt", "script-tag.txt"]);
    expect(result.errors.map((e) => [e.file, e.stage])).toEqual([
      ["binary.txt", "decode"],
      ["empty.txt", "read"],
      ["missing.txt", "read"],
      ["punctuation-only.txt", "normalize"],
      ["whitespace-only.txt", "normalize"],
    ]);
    expect(result.errors.find((e) => e.file === "missing.txt")!.message).toMatch(/ENOENT/);
    expectProvenance(result);
  });

  // Runs in worker threads (two files, two workers) so that the test's time limit can
  // still fire while a stage works synchronously on the big text.
  it("ingest(a 50 MB file, with a seed, 2 workers) succeeds", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-big-"));
    const corpus = SEED_FILES.map(seedText).join("\n\n");
    const copies = Math.ceil(50e6 / Buffer.byteLength(corpus));
    writeFileSync(join(dir, "big.txt"), Array(copies).fill(corpus).join("\n\n"));
    copyFileSync(SEED_PATHS[0]!, join(dir, "seed.txt"));
    const result = await ingest([join(dir, "big.txt"), join(dir, "seed.txt")], { root: dir, workers: 2 });
    expect(result.errors).toEqual([]);
    expect(result.documents.map((d) => d.file)).toEqual(["big.txt", "seed.txt"]);
    expect(Buffer.byteLength(result.documents[0]!.text)).toBeGreaterThan(45e6);
    expect(result.sentences.length).toBeGreaterThan(300 * copies);
  });

  it.each([
    ["paths not an array", () => ingest("seeds" as unknown as string[])],
    ["workers 0", () => ingest([], { workers: 0 })],
    ["workers 1.5", () => ingest([], { workers: 1.5 })],
  ])("ingest with %s rejects with a TypeError", async (_name, call) => {
    await expect(call()).rejects.toThrow(TypeError);
  });

  it("ingest([]) is empty", async () => {
    expect(await ingest([])).toEqual({
      documents: [],
      sentences: [],
      facts: [],
      entities: [],
      mentions: [],
      events: [],
      errors: [],
      indicator_values: [],
      target_ledger: [],
    });
  });
});

describe("ingest with a per-file budget (issue 17)", () => {
  it("a report over the time budget is one error row (超过处理时限) and the seeds beside it are all ingested", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-budget-"));
    for (const p of SEED_PATHS.slice(0, 2)) copyFileSync(p, join(dir, p.split("/").at(-1)!));
    writeFileSync(join(dir, "stall.txt"), `标题\n\n${"济宁高新区实现地区生产总值增长百分之八企业数量达到一百家".repeat(40_000)}\n`);
    const files = ["stall.txt", ...SEED_PATHS.slice(0, 2).map((p) => p.split("/").at(-1)!)].map((f) => join(dir, f));
    const result = await ingest(files, { root: dir, limits: { timeMs: 2000 } });
    expect(result.documents.map((d) => d.file)).toEqual(SEED_FILES.slice(0, 2));
    expect(result.errors).toEqual([{ file: "stall.txt", stage: "extract", message: expect.stringMatching(/^超过处理时限/) }]);
  });
});

describe("ingest with skipped inputs (issue 17)", () => {
  it("each path the walk could not use is one error row at stage read, and the files are ingested", async () => {
    const result = await ingest(SEED_PATHS.slice(0, 1), {
      root: SEEDS_DIR,
      skipped: [{ path: join(SEEDS_DIR, "sub", "locked"), message: "folder could not be read: EACCES: permission denied" }],
    });
    expect(result.documents).toHaveLength(1);
    expect(result.errors).toEqual([{ file: "sub/locked", stage: "read", message: "folder could not be read: EACCES: permission denied" }]);
  });
});
