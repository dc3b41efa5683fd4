import { describe, expect, it } from "vitest";
import { normalizeText } from "../../data/normalize/index.ts";
import { demoteTrailingHeadings, textBlocks } from "../../data/structure/index.ts";
import { seedText } from "../fixtures/seeds.ts";

describe("textBlocks", () => {
  it("textBlocks classifies each line and skips markers in contentStart", () => {
    const text =
      "## (一) “有效投资”之路,坚持稳中求进\n\n### ◎重点谋划产业技改项目\n\n启动百亿技改投资计划,争取企业技改扶持资金2000万元。\n\n本报记者 张慧";
    const blocks = textBlocks(text);
    expect(blocks.map((b) => [b.kind, b.level, b.marker, text.slice(b.contentStart, b.end)])).toEqual([
      ["heading", 2, "markdown", "(一) “有效投资”之路,坚持稳中求进"],
      ["heading", 3, "markdown", "重点谋划产业技改项目"],
      ["paragraph", 0, null, "启动百亿技改投资计划,争取企业技改扶持资金2000万元。"],
      ["byline", 0, null, "本报记者 张慧"],
    ]);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(text.slice(b.start, b.end).trim());
  });

  it("textBlocks of empty text is empty", () => {
    expect(textBlocks("")).toEqual([]);
  });
});

describe("demoteTrailingHeadings", () => {
  it("demoteTrailingHeadings turns the image captions at the end of seed 002 into paragraphs", () => {
    const text = normalizeText(seedText("002_e70ec2d6cbeccfa8.txt")).text;
    const blocks = demoteTrailingHeadings(textBlocks(text));
    const tail = blocks.slice(-6).map((b) => [b.kind, text.slice(b.start, b.end)]);
    expect(tail[0]![0]).toBe("paragraph");
    expect(tail.slice(1)).toEqual([
      ["paragraph", "济宁高新区珠三角专题招商推介会推项197亿元"],
      ["paragraph", "济宁玉柴发动机车间一景"],
      ["paragraph", "位于济宁生物医药产业园内的鲁抗自动化生产车间"],
      ["paragraph", "位于济宁信息产业园内的华为山东大数据中心"],
      ["paragraph", "济宁高新区黄河新区建设战时指挥部"],
    ]);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => text.slice(b.start, b.end))).toContain("营造优质营商环境");
  });

  it("demoteTrailingHeadings keeps a marked heading at the end", () => {
    const blocks = demoteTrailingHeadings(textBlocks("正文。\n\n### ◎建设文明家园"));
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "heading"]);
  });
});
