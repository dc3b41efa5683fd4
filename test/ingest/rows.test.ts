import { describe, expect, it } from "vitest";
import { CodePoints } from "../../data/ingest/index.ts";
import { factRows, sentenceRows } from "../../data/ingest/rows.ts";
import { toMatchView } from "../../data/normalize/index.ts";
import type { DocContext, FactDraft } from "../../data/types.ts";

// An astral character before the sentence shifts code points by one.
const TEXT = "𠀀标题\n\n新增３岁以下婴幼儿托位９０个，全年任务完成率55.6%。";
const START = TEXT.indexOf("新增");
const CONTEXT: DocContext = {
  doc_id: "d1",
  text: TEXT,
  title: "𠀀标题",
  sentences: [{ sentence_id: "d1-s0001", section: null, start: START, end: TEXT.length, text: TEXT.slice(START) }],
  region: null,
  year: null,
};
const SENTENCE = CONTEXT.sentences[0]!;
const VIEW = toMatchView(SENTENCE.text);

function draft(text: string, at: string, extra: Partial<FactDraft> = {}): FactDraft {
  const start = VIEW.indexOf(at);
  return {
    start,
    end: start + text.length,
    text,
    value: 0,
    value_max: null,
    unit: "count",
    unit_text: null,
    classifier: null,
    kind: "count",
    qualifier: null,
    metric: null,
    period: null,
    is_target: false,
    target_basis: null,
    indicator: null,
    value_low: null,
    value_high: null,
    ...extra,
  };
}

describe("sentenceRows", () => {
  it("sentenceRows converts UTF-16 offsets to code points", () => {
    expect(sentenceRows(CONTEXT, new CodePoints(TEXT))).toEqual([
      {
        doc_id: "d1",
        sentence_id: "d1-s0001",
        section: null,
        start: START - 1,
        end: TEXT.length - 1,
        text: SENTENCE.text,
        page: null,
        paragraph: null,
      },
    ]);
  });

  it("sentenceRows takes each sentence's source location from the UTF-16 offset where it starts", () => {
    const at: number[] = [];
    const rows = sentenceRows(CONTEXT, new CodePoints(TEXT), (start) => {
      at.push(start);
      return { page: 3, paragraph: null };
    });
    expect(at).toEqual([START]);
    expect(rows[0]).toMatchObject({ page: 3, paragraph: null });
  });
});

describe("factRows", () => {
  it("factRows places drafts from the match view in the document with original characters and stable ids", () => {
    const rows = factRows(
      CONTEXT,
      SENTENCE,
      VIEW,
      [draft("55.6%", "55.6%", { value: 55.6, unit: "percent", kind: "share" }), draft("90个", "90个", { value: 90, classifier: "个" })],
      new CodePoints(TEXT),
    );
    expect(rows.map((r) => [r.fact_id, r.text, r.start, r.end, r.value])).toEqual([
      [
        `d1-s0001-f${START - 1 + VIEW.indexOf("90个")}`,
        "９０个",
        START - 1 + VIEW.indexOf("90个"),
        START - 1 + VIEW.indexOf("90个") + 3,
        90,
      ],
      [
        `d1-s0001-f${START - 1 + VIEW.indexOf("55.6%")}`,
        "55.6%",
        START - 1 + VIEW.indexOf("55.6%"),
        START - 1 + VIEW.indexOf("55.6%") + 5,
        55.6,
      ],
    ]);
    for (const r of rows) expect([...TEXT].slice(r.start, r.end).join("")).toBe(r.text);
  });

  it("factRows throws when a draft's text is not its span of the sentence", () => {
    const bad = { ...draft("90个", "90个"), start: 0, end: 3 };
    expect(() => factRows(CONTEXT, SENTENCE, VIEW, [bad], new CodePoints(TEXT))).toThrow(
      /extractFacts on sentence d1-s0001 returned \[0, 3\)/,
    );
  });
});
