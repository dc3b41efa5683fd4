import { describe, expect, it } from "vitest";
import { toMatchView } from "../../data/normalize/index.ts";

describe("toMatchView", () => {
  it.each([
    ["full-width digits and percent", "实现地区生产总值４３．３１亿元，增长４．７％", "实现地区生产总值43.31亿元,增长4.7%"],
    ["full-width letters and parentheses", "中国（山东）自贸区ＰＭ２．５", "中国(山东)自贸区PM2.5"],
    ["ideographic space", "通讯员\u3000王婷", "通讯员 王婷"],
    ["ASCII and CJK punctuation stay", "1-8月份，完成。“四上”", "1-8月份,完成。“四上”"],
  ])("toMatchView(%s) maps to ASCII", (_name, text, view) => {
    expect(toMatchView(text)).toBe(view);
  });

  it("toMatchView keeps the UTF-16 length, so offsets carry over", () => {
    const text = "新增３岁以下婴幼儿托位９０个，全年任务完成率５５．６％。𠀀";
    const view = toMatchView(text);
    expect(view.length).toBe(text.length);
    expect(text.slice(text.indexOf("９０"), text.indexOf("个"))).toBe("９０");
    expect(view.slice(text.indexOf("９０"), text.indexOf("个"))).toBe("90");
  });

  it("toMatchView(non-string) throws a TypeError", () => {
    expect(() => toMatchView(42 as unknown as string)).toThrow(TypeError);
  });
});
