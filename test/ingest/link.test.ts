import { describe, expect, it } from "vitest";
import type { ProcessedDocument } from "../../data/ingest/index.ts";
import { linkCorpus, processDocument } from "../../data/ingest/index.ts";
import { SEED_FILES, seedBytes } from "../fixtures/seeds.ts";

const processed = SEED_FILES.map((f) => processDocument(f, seedBytes(f))).filter((r): r is ProcessedDocument => r.ok);

describe("linkCorpus", () => {
  it("linkCorpus(no documents) is empty", () => {
    expect(linkCorpus([])).toEqual({ entities: [], mentions: [], events: [], errors: [] });
  });

  it("linkCorpus(seeds) gives mentions and events on their code-point spans, naming known entities", () => {
    const linked = linkCorpus(processed);
    const texts = new Map(processed.map((p) => [p.document.doc_id, [...p.document.text]]));
    const ids = new Set(linked.entities.map((e) => e.entity_id));
    for (const m of linked.mentions) {
      expect(texts.get(m.doc_id)!.slice(m.start, m.end).join("")).toBe(m.text);
      expect(ids.has(m.entity_id)).toBe(true);
    }
    for (const e of linked.events) {
      expect(texts.get(e.doc_id)!.slice(e.start, e.end).join("")).toBe(e.text);
      expect(e.event_id.startsWith(`${e.doc_id}-e${e.start}`)).toBe(true);
      for (const id of e.entity_ids) expect(ids.has(id)).toBe(true);
    }
    expect(linked.errors).toEqual([]);
  });

  it("linkCorpus reports a document whose event clauses failed as an extract error and keeps the other documents' events", () => {
    const [first, ...rest] = processed;
    const broken: ProcessedDocument = { ...first!, events: { ok: false, message: "findEvents: TypeError: boom" } };
    const linked = linkCorpus([broken, ...rest]);
    expect(linked.errors).toEqual([{ file: first!.document.file, stage: "extract", message: "findEvents: TypeError: boom" }]);
    expect(linked.events.some((e) => e.doc_id === first!.document.doc_id)).toBe(false);
    expect(linked.events.length).toBe(linkCorpus(rest).events.length);
  });

  it("linkCorpus is deterministic", () => {
    expect(linkCorpus(processed)).toEqual(linkCorpus(processed));
  });
});
