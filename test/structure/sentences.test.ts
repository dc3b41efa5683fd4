import { describe, expect, it } from "vitest";
import { sentenceSpans } from "../../data/structure/index.ts";

/** The sentence texts of a whole string. */
const split = (text: string) => sentenceSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e));

describe("sentenceSpans", () => {
  it.each([
    [
      "。 and ； (000)",
      "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位；1-8月份，完成一般公共预算收入2.6亿元。",
      ["上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位；", "1-8月份，完成一般公共预算收入2.6亿元。"],
    ],
    [
      "ASCII ; between dated items (002)",
      "9月22日,在深圳举办的济宁高新区珠三角专题招商推介会上,总投资额达197亿元;9月29日,辰欣药业在上海证券交易所主板挂牌上市。",
      ["9月22日,在深圳举办的济宁高新区珠三角专题招商推介会上,总投资额达197亿元;", "9月29日,辰欣药业在上海证券交易所主板挂牌上市。"],
    ],
    ["！ and ASCII ! (001)", "贡献坚实的高新力量!续写时代新篇！", ["贡献坚实的高新力量!", "续写时代新篇！"]],
    ["a run of terminators stays together", "真的吗？！是的。", ["真的吗？！", "是的。"]],
    ["a closing quote after 。 stays with its sentence", "他说：“要加快推进。”会议随后结束。", ["他说：“要加快推进。”", "会议随后结束。"]],
    [
      "ASCII periods that end English sentences",
      "The plant opened. It employs 500 people.",
      ["The plant opened.", "It employs 500 people."],
    ],
    ["an ASCII period before Chinese", "项目已投产.新增就业500人。", ["项目已投产.", "新增就业500人。"]],
  ])("sentenceSpans splits %s", (_name, text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  it.each([
    ["decimal points (000)", "营业收入54.77亿元，占67.26%。"],
    ["PM2.5 (003)", "确保PM2.5浓度持续改善,河流断面水质稳定达标,让群众看到更多的碧水蓝天。"],
    ["a list number", "1. 聚焦“产业提优” 赋能高质量发展"],
    ["a domain name", "详见www.jining.gov.cn网站。"],
    ["an ellipsis", "等等...然后继续。"],
    ["； inside quotes", "实现“一窗受理；一次告知；一次办结”。"],
    ["。 inside parentheses", "新增就业765人（含返乡创业人员。下同）超额完成任务。"],
    ["。 inside 《》", "认真学习《济宁高新区发展规划。第一部分》等文件。"],
  ])("sentenceSpans does not split at %s", (_name, text) => {
    expect(split(text)).toEqual([text]);
  });

  it("sentenceSpans splits after a terminator that closes every open quote", () => {
    expect(split("“项目建设释放新动能。”惠民活动提升居民幸福指数。")).toEqual(["“项目建设释放新动能。”", "惠民活动提升居民幸福指数。"]);
  });

  it("sentenceSpans ignores an unmatched quote instead of swallowing the paragraph", () => {
    expect(split("营造“安全放心的环境。下一句话。")).toEqual(["营造“安全放心的环境。", "下一句话。"]);
  });

  it("sentenceSpans trims spaces and drops spans without letters or digits", () => {
    const text = "  第一句。 ……。  第二句  ";
    const spans = sentenceSpans(text, 0, text.length);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(["第一句。", "第二句"]);
    expect(spans[0]).toEqual([2, 6]);
  });

  it("sentenceSpans works on a range and returns offsets into the whole text", () => {
    const text = "## 1. 聚焦“产业提优” 赋能高质量发展";
    expect(sentenceSpans(text, 3, text.length)).toEqual([[3, text.length]]);
  });

  it("sentenceSpans(bad range) throws a RangeError", () => {
    expect(() => sentenceSpans("济宁", 1, 5)).toThrow(RangeError);
  });
});
