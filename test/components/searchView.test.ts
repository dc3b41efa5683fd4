// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { searchResults, searchStart } from "../../src/components/searchView.ts";
import type { SearchHit } from "../../src/queries/search.ts";

// A sentence of the kind a zone's review holds (seeds/: 小松 is a company named there).
const hit = (over: Partial<SearchHit>): SearchHit => ({
  doc_id: "d1",
  sentence_id: "s1",
  section: "招商引资",
  text: "小松（山东）工程机械有限公司二期项目投产",
  title: "年终综述",
  file: "review.txt",
  region: null,
  year: 2017,
  ...over,
});

describe("searchResults", () => {
  it("says what to do before any words, and when nothing matches", () => {
    expect(searchResults([], "").textContent).toContain("输入词语开始搜索");
    expect(searchResults([], "<b>x</b>").querySelector("b")).toBeNull();
  });
  it("groups hits by report, highlights the words and links each sentence", () => {
    const out = searchResults([hit({}), hit({ sentence_id: "s2" }), hit({ doc_id: "d2", sentence_id: "s3" })], "小松");
    expect(out.querySelectorAll("section.report-group")).toHaveLength(2);
    expect(out.querySelector('li[data-sentence="s1"] a')?.getAttribute("href")).toBe("/reports/d1#s-s1");
    expect(out.querySelector(".hl-match")?.textContent).toBe("小松");
    expect(out.textContent).toContain("2 篇报告的 3 个句子");
  });
  it("shows at most the limit and says so", () => {
    const out = searchResults([hit({}), hit({ sentence_id: "s2" })], "小松", 1);
    expect(out.querySelectorAll("li.hit")).toHaveLength(1);
    expect(out.textContent).toContain("只显示前 1 句");
  });
});

describe("searchStart", () => {
  it("lists the reports searched, each title opening the reader, with the sentence total", () => {
    const out = searchStart([
      { doc_id: "d2", title: "回望2023", file: "seeds/004.txt", region: "济宁高新区", year: 2023, sentences: 120 },
      { doc_id: "d1", title: "<b>年终综述</b>", file: "seeds/000.txt", region: null, year: null, sentences: 1_200 },
    ]);
    expect(out.querySelector(".empty-state")?.textContent).toBe("输入词语开始搜索：将在 2 篇报告的 1320 个句子中查找。");
    expect([...out.querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-doc"))).toEqual(["d2", "d1"]);
    expect(out.querySelector('tr[data-doc="d2"] a')?.getAttribute("href")).toBe("/reports/d2");
    expect(out.querySelector("b")).toBeNull();
    expect(out.querySelector('tr[data-doc="d1"]')?.textContent).toContain("不详");
  });
});
