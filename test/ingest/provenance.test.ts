import { describe, expect, it } from "vitest";
import { assertProvenance, assertUtf16Span, CodePoints } from "../../data/ingest/index.ts";

const TEXT = "𠀀济宁高新区新增城镇就业10353人。";
const docs = new Map([["d1", new CodePoints(TEXT)]]);

describe("assertProvenance", () => {
  it("assertProvenance accepts rows whose text is their code-point slice", () => {
    expect(() =>
      assertProvenance(
        "facts",
        [
          { doc_id: "d1", start: 12, end: 18, text: "10353人" },
          { doc_id: "d1", start: 0, end: 1, text: "𠀀" },
        ],
        docs,
      ),
    ).not.toThrow();
  });

  it.each([
    ["a UTF-16 offset used as a code point", { doc_id: "d1", start: 13, end: 19, text: "10353人" }, /is "0353人。"/],
    ["an end past the text", { doc_id: "d1", start: 12, end: 99, text: "10353人" }, /out of range/],
    ["an unknown document", { doc_id: "d2", start: 0, end: 1, text: "济" }, /unknown document d2/],
    ["start after end", { doc_id: "d1", start: 5, end: 4, text: "" }, /out of range/],
  ])("assertProvenance throws with context for %s", (_name, row, message) => {
    expect(() => assertProvenance("facts", [row], docs)).toThrow(message);
  });
});

describe("assertUtf16Span", () => {
  it("assertUtf16Span accepts a matching span and names the producer otherwise", () => {
    expect(() => assertUtf16Span("extractFacts", TEXT, { start: 2, end: 4, text: "济宁" })).not.toThrow();
    expect(() => assertUtf16Span("extractFacts", TEXT, { start: 1, end: 3, text: "济宁" })).toThrow(/extractFacts returned \[1, 3\)/);
  });
});
