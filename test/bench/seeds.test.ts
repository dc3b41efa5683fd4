import { describe, expect, it } from "vitest";
import { parseSeeds, splitSentences } from "../../bench/seeds.ts";

describe("splitSentences", () => {
  it("splitSentences cuts after 。！？ and keeps closing quotes with their sentence", () => {
    // From seeds/003.
    expect(splitSentences("新增水系27公里,实现88公里主要水系连通。推进“八条路”！好吗？尾")).toEqual([
      "新增水系27公里,实现88公里主要水系连通。",
      "推进“八条路”！",
      "好吗？",
      "尾",
    ]);
  });

  it("splitSentences of text without an end mark is the text itself", () => {
    expect(splitSentences("济宁高新区黄河新区建设战时指挥部")).toEqual(["济宁高新区黄河新区建设战时指挥部"]);
  });
});

describe("parseSeeds", () => {
  it("parseSeeds keeps short lines as lines and turns paragraphs into sentence counts", () => {
    const model = parseSeeds(["标题\n\n通讯员 王婷\n\n第一句。第二句。\n"]);
    expect(model.templates).toEqual([
      [
        { kind: "line", text: "标题" },
        { kind: "line", text: "通讯员 王婷" },
        { kind: "paragraph", sentences: 2 },
      ],
    ]);
    expect(model.sentences).toEqual(["第一句。", "第二句。"]);
    expect(model.bytes).toBe(Buffer.byteLength("标题\n\n通讯员 王婷\n\n第一句。第二句。\n"));
  });

  it("parseSeeds rejects no seeds and seeds without sentences", () => {
    expect(() => parseSeeds([])).toThrow(TypeError);
    expect(() => parseSeeds(["标题"])).toThrow(TypeError);
  });
});
