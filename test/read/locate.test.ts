import { describe, expect, it } from "vitest";
import { normalizeText } from "../../data/normalize/index.ts";
import { SourceLocator } from "../../data/read/index.ts";
import { sourceFromLines } from "../../data/read/lines.ts";

const META = { title: null, published: null, source: null };

function locate(lines: { text: string; page?: number; paragraph?: number }[], rejoin: boolean) {
  const source = sourceFromLines("pdf", lines, META, { rejoin });
  const text = normalizeText(source.raw, { rejoin }).text;
  const locator = new SourceLocator(source, text);
  return { text, at: (phrase: string) => locator.at(text.indexOf(phrase)) };
}

describe("SourceLocator", () => {
  it("finds the page of text after lines were glued across a page break and boilerplate was dropped", () => {
    // 国家统计局《2023年国民经济和社会发展统计公报》(2024), wrapped as a PDF prints it.
    const { text, at } = locate(
      [
        { text: "初步核算，全年国内生产总值1260582亿元，比上年", page: 1 },
        { text: "编辑：张三", page: 1 },
        { text: "增长5.2%。全年全国居民人均可支配收入39218元，", page: 2 },
        { text: "比上年增长6.3%。", page: 2 },
        { text: "年末全国人口140967万人。", page: 3 },
      ],
      true,
    );
    expect(text).toBe(
      "初步核算，全年国内生产总值1260582亿元，比上年增长5.2%。全年全国居民人均可支配收入39218元，比上年增长6.3%。\n\n年末全国人口140967万人。",
    );
    expect(at("初步核算")).toEqual({ page: 1, paragraph: null });
    expect(at("增长5.2%")).toEqual({ page: 2, paragraph: null });
    expect(at("比上年增长6.3%")).toEqual({ page: 2, paragraph: null });
    expect(at("年末全国人口")).toEqual({ page: 3, paragraph: null });
  });

  it("gives each paragraph of a Word or web source its own paragraph number", () => {
    const { at } = locate(
      [
        { text: "一、综合", paragraph: 1 },
        { text: "来源：国家统计局", paragraph: 2 },
        { text: "全年国内生产总值1260582亿元。", paragraph: 3 },
      ],
      false,
    );
    expect(at("一、综合").paragraph).toBe(1);
    expect(at("全年国内生产总值").paragraph).toBe(3);
  });

  it("gives nulls for a plain-text source", () => {
    const source = { format: "txt" as const, encoding: "utf-8" as const, raw: "第一句。", lines: null, rejoin: true, meta: META };
    expect(new SourceLocator(source, "第一句。").at(0)).toEqual({ page: null, paragraph: null });
  });
});
