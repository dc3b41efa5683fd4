import { describe, expect, it } from "vitest";
import { sortDocumentRows, sortRows } from "../../data/ingest/index.ts";
import type { DocumentRow, SentenceRow } from "../../data/types.ts";

const doc = (doc_id: string, file: string): DocumentRow => ({
  doc_id,
  file,
  title: "",
  subtitle: null,
  byline: null,
  region: null,
  region_code: null,
  region_level: null,
  region_path: null,
  region_basis: "no place named",
  year: null,
  year_basis: null,
  kind: null,
  report_year: null,
  report_year_basis: null,
  chars: 0,
  sha256: "",
  text: "",
  format: "txt",
  published: null,
  source: null,
});
const sentence = (doc_id: string, start: number): SentenceRow => ({
  doc_id,
  sentence_id: `${doc_id}-${start}`,
  section: null,
  start,
  end: start + 1,
  text: "x",
  page: null,
  paragraph: null,
});

describe("sortRows", () => {
  it("sortRows orders documents by file and rows by document file, then offset", () => {
    const sorted = sortRows({
      documents: [doc("bbbb", "b.txt"), doc("aaaa", "z.txt"), doc("cccc", "B.txt")],
      sentences: [sentence("aaaa", 5), sentence("bbbb", 9), sentence("aaaa", 1), sentence("cccc", 3), sentence("bbbb", 2)],
      facts: [],
      entities: [],
      mentions: [],
      events: [],
      errors: [
        { file: "x.txt", stage: "read", message: "b" },
        { file: "a.txt", stage: "decode", message: "z" },
        { file: "x.txt", stage: "read", message: "a" },
      ],
    });
    expect(sorted.documents.map((d) => d.file)).toEqual(["B.txt", "b.txt", "z.txt"]);
    expect(sorted.sentences.map((s) => s.sentence_id)).toEqual(["cccc-3", "bbbb-2", "bbbb-9", "aaaa-1", "aaaa-5"]);
    expect(sorted.errors.map((e) => `${e.file}:${e.message}`)).toEqual(["a.txt:z", "x.txt:a", "x.txt:b"]);
  });
});

describe("sortDocumentRows", () => {
  it("sortDocumentRows orders one document's rows as sortRows does, and refuses rows of two documents", () => {
    const rows = [sentence("a", 9), sentence("a", 0), sentence("a", 4)];
    const one = sortDocumentRows(rows, []);
    expect(one.sentences.map((s) => s.start)).toEqual([0, 4, 9]);
    expect(one.sentences).toEqual(
      sortRows({ documents: [doc("a", "a.txt")], sentences: rows, facts: [], entities: [], mentions: [], events: [], errors: [] })
        .sentences,
    );
    expect(() => sortDocumentRows([sentence("a", 0), sentence("b", 1)], [])).toThrow(TypeError);
  });
});
