// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { readerSide, readerSpans, readerText, whereIn } from "../../src/components/reader.ts";
import type { ReaderData } from "../../src/contract/reader.ts";

// 「上半年，实现地区生产总值43.31亿元」 (seeds/: a zone's 2024 half-year news report).
const text = "上半年，实现地区生产总值43.31亿元。<b>新</b>";
const data = {
  document: { doc_id: "d1", text } as ReaderData["document"],
  sentences: [{ sentence_id: "s1", section: null, start: 0, end: 19, page: 3, paragraph: null }],
  facts: [
    {
      fact_id: "f1",
      doc_id: "d1",
      sentence_id: "s1",
      start: 12,
      end: 19,
      text: "43.31亿元",
      value: 4_331_000_000,
      unit: "CNY",
      classifier: null,
      kind: "amount",
      qualifier: null,
      metric: "地区生产总值",
      period: "上半年",
      is_target: false,
    },
  ] as unknown as ReaderData["facts"],
  mentions: [],
  events: [],
} as ReaderData;

describe("reader", () => {
  it("says where a sentence is in the file", () => {
    expect(whereIn(data.sentences[0])).toBe("第3页");
    expect(whereIn({ ...data.sentences[0]!, page: null, paragraph: 7 })).toBe("第7段");
    expect(whereIn(undefined)).toBeNull();
  });
  it("anchors every sentence and fact in the text, report text set as text", () => {
    const el = readerText(data);
    expect(el.id).toBe("report-text");
    expect(el.querySelector("#f-f1")?.textContent).toBe("43.31亿元");
    expect(el.querySelector("#s-s1")).not.toBeNull();
    expect(el.querySelector("b")).toBeNull();
    expect(readerSpans(data).map((s) => s.layer)).toEqual([0, 3]);
  });
  it("lists facts linking into the text with value, metric, period and page", () => {
    const side = readerSide(data, readerText(data));
    const link = side.querySelector(".fact-list a");
    expect(link?.getAttribute("href")).toBe("#f-f1");
    expect(side.querySelector(".fact-list")?.textContent).toContain("地区生产总值 · 上半年 · 第3页");
    expect(side.textContent).toContain("实体提及（0）");
  });
});
