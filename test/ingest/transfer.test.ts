import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { corpusFacts } from "../../data/ingest/batch.ts";
import { processDocument } from "../../data/ingest/index.ts";
import { packResult, unpackResult } from "../../data/ingest/transfer.ts";
import { SEED_FILES, seedBytes } from "../fixtures/seeds.ts";

describe("packResult / unpackResult", () => {
  it("unpackResult(packResult(r)) equals processDocument's result for every seed, after a structured clone", () => {
    for (const file of SEED_FILES) {
      const result = processDocument(file, seedBytes(file));
      expect(result.ok).toBe(true);
      expect(unpackResult(v8.deserialize(v8.serialize(packResult(result))))).toEqual(result);
    }
  });

  it("with staging, sends sentences and facts as batches, no sentence rows and only the facts the corpus reads", () => {
    for (const file of SEED_FILES) {
      const result = processDocument(file, seedBytes(file));
      if (!result.ok) throw new Error(`${file} failed`);
      const unpacked = unpackResult(v8.deserialize(v8.serialize(packResult(result, true))));
      if (!unpacked.ok) throw new Error(`${file} failed after unpacking`);
      expect(unpacked.sentences).toEqual([]);
      expect(unpacked.facts).toEqual(corpusFacts(result.facts));
      expect(unpacked.staged?.sentences.rows).toBe(result.sentences.length);
      expect(unpacked.staged?.facts.rows).toBe(result.facts.length);
      expect(unpacked.context).toEqual({ ...result.context, sentences: [] });
      expect(unpacked.mentions).toEqual(result.mentions);
    }
  });

  it("packResult sends the document text once: the packed message is smaller by more than a copy of the text", () => {
    const result = processDocument(SEED_FILES[0]!, seedBytes(SEED_FILES[0]!));
    if (!result.ok) throw new Error("seed failed");
    const saved = v8.serialize(result).length - v8.serialize(packResult(result)).length;
    expect(saved).toBeGreaterThan(v8.serialize(result.document.text).length);
  });

  it("packResult and unpackResult pass a failure through unchanged", () => {
    const failure = processDocument("empty.txt", new Uint8Array());
    expect(failure.ok).toBe(false);
    expect(unpackResult(packResult(failure))).toEqual(failure);
  });

  it("unpackResult throws TypeError when sentence rows and spans disagree in number", () => {
    const result = processDocument(SEED_FILES[0]!, seedBytes(SEED_FILES[0]!));
    const packed = packResult(result);
    if (!packed.ok) throw new Error("seed failed");
    expect(() => unpackResult({ ...packed, sentences: { rows: [] } })).toThrow(TypeError);
  });
});
