import { describe, expect, it } from "vitest";
import { toMatchView } from "../../data/normalize/index.ts";

describe("toMatchView", () => {
  it.each([
    ["full-width digits and percent", "实现地区生产总值４３．３１亿元，增长４．７％", "实现地区生产总值43.31亿元,增长4.7%"],
    ["full-width letters and parentheses", "中国（山东）自贸区ＰＭ２．５", "中国(山东)自贸区PM2.5"],
    ["ideographic space", "通讯员\u3000王婷", "通讯员 王婷"],
    ["ASCII and CJK punctuation stay", "1-8月份，完成。“四上”", "1-8月份,完成。“四上”"],
    // 新華社受權播發《政府工作報告》, 2025-03-12, a Hong Kong copy in traditional characters.
    ["traditional characters", "城鎮新增就業1200萬人以上；糧食產量1.4萬億斤左右", "城镇新增就业1200万人以上;粮食产量1.4万亿斤左右"],
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
