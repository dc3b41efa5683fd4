import { describe, expect, it } from "vitest";
import { layoutPages, type PdfItem, type PdfPage, pageLines } from "../../data/read/pdfLayout.ts";

const item = (str: string, y: number, hasEOL = false, x = 56): PdfItem => ({ str, transform: [12, 0, 0, 12, x, y], height: 12, hasEOL });

/** A page with a running header, body lines and a footer, as a word processor prints a report. */
function page(n: number, body: string[]): PdfPage {
  const items = [item("2023年国民经济和社会发展统计公报", 810, true)];
  for (const [i, text] of body.entries()) items.push(item(text, 740 - i * 22, true));
  items.push(item(`第 ${n} 页`, 30, true));
  return { items, height: 842 };
}

describe("pageLines", () => {
  it("joins items on one baseline and breaks at end-of-line marks and baseline moves", () => {
    const lines = pageLines({
      items: [
        item("初步核算，全年国内生产总值", 700),
        item("1260582", 700, false, 220),
        item("亿元，", 700, true, 280),
        item("比上年增长5.2%。", 678),
      ],
      height: 842,
    });
    expect(lines).toEqual([
      { text: "初步核算，全年国内生产总值1260582亿元，", y: 700 },
      { text: "比上年增长5.2%。", y: 678 },
    ]);
  });
});

describe("layoutPages", () => {
  it("drops the header repeated on every page and the page numbers, keeps the body with its page", () => {
    // 国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》(2024).
    const out = layoutPages([
      page(1, ["初步核算，全年国内生产总值1260582亿元，", "比上年增长5.2%。"]),
      page(2, ["全年全国居民人均可支配收入39218元，比上年增长6.3%。"]),
      page(3, ["年末全国人口140967万人，比上年末减少208万人。"]),
    ]);
    expect(out).toEqual([
      { text: "初步核算，全年国内生产总值1260582亿元，", page: 1 },
      { text: "比上年增长5.2%。", page: 1 },
      { text: "全年全国居民人均可支配收入39218元，比上年增长6.3%。", page: 2 },
      { text: "年末全国人口140967万人，比上年末减少208万人。", page: 3 },
    ]);
  });

  it("keeps a one-page document's top line (its title) and a body line that is only a number", () => {
    const out = layoutPages([
      { items: [item("2023年全市经济运行情况", 800, true), item("2024", 400, true), item("3", 30, true)], height: 842 },
    ]);
    expect(out.map((l) => l.text)).toEqual(["2023年全市经济运行情况", "2024"]);
  });
});
