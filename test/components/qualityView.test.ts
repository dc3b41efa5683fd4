// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { digitSpans, errorsTable, missList, reportCountsTable } from "../../src/components/qualityView.ts";

// 「2023年以来累计投资１２亿元」: half- and full-width digits in one sentence.
const miss = { doc_id: "d1", sentence_id: "s1", section: null, text: "2023年以来累计投资１２亿元", file: "r.txt", has_event: true };

describe("quality view", () => {
  it("marks each run of half- or full-width digits as one code-point span", () => {
    expect(digitSpans(miss.text)).toEqual([
      { start: 0, end: 4, className: "hl-match" },
      { start: 11, end: 13, className: "hl-match" },
    ]);
    expect(digitSpans("𠀀1")).toEqual([{ start: 1, end: 2, className: "hl-match" }]);
  });
  it("counts possible misses per report and links each sentence to the reader", () => {
    const report = {
      doc_id: "d1",
      file: "r.txt",
      title: "报告",
      region: null,
      region_basis: "标题",
      year: 2023,
      chars: 10,
      sentences: 2,
      facts: 0,
      mentions: 0,
      entities: 0,
      events: 1,
    };
    expect(
      reportCountsTable([report], [miss, { ...miss, sentence_id: "s2" }]).querySelector("tr[data-doc=d1] td:last-child")?.textContent,
    ).toBe("2");
    const list = missList([miss]);
    expect(list.querySelector("a")?.getAttribute("href")).toBe("/reports/d1#s-s1");
    expect(list.querySelectorAll("mark, .hl-match").length).toBeGreaterThan(0);
    expect(list.textContent).toContain("数字可能是日期");
  });
  it("renders error messages as text", () => {
    expect(errorsTable([{ file: "a.docx", stage: "read", message: "<b>坏</b>" }]).querySelector("b")).toBeNull();
    expect(errorsTable([]).textContent).toContain("没有读取错误");
  });
});
