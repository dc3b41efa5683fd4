import { describe, expect, it } from "vitest";
import { sourceLines } from "../../data/normalize/index.ts";

describe("sourceLines", () => {
  it("sourceLines unifies CRLF, CR and LF and counts blank lines before each line", () => {
    expect(sourceLines("\r\n\r\n济宁经开区\r\n\r\n通讯员 王婷\r一直以来。\n\n\n\n扫码下载齐鲁壹点")).toEqual([
      { text: "济宁经开区", blanksBefore: 2 },
      { text: "通讯员 王婷", blanksBefore: 1 },
      { text: "一直以来。", blanksBefore: 0 },
      { text: "扫码下载齐鲁壹点", blanksBefore: 3 },
    ]);
  });

  it("sourceLines trims trailing and leading spaces (ASCII, tab, ideographic) and drops invisible characters", () => {
    expect(sourceLines("\u3000\u3000一直以来，济宁\u200b经开区。  \t\n\ufeff通讯员 王婷 ")).toEqual([
      { text: "一直以来，济宁经开区。", blanksBefore: 0 },
      { text: "通讯员 王婷", blanksBefore: 0 },
    ]);
  });

  it("sourceLines treats whitespace-only lines as blank", () => {
    expect(sourceLines("a\n \t\u3000\nb")).toEqual([
      { text: "a", blanksBefore: 0 },
      { text: "b", blanksBefore: 1 },
    ]);
  });

  it("sourceLines of only whitespace is empty", () => {
    expect(sourceLines(" \n\r\n\u3000")).toEqual([]);
  });

  // 博野县 government work report (title line), 山东省 2023 statistical bulletin (signature line), 冠县 report in
  // traditional characters; negatives: a photo credit inside a line (恩施 news), a title and name apart, two characters.
  it.each([
    ["政 府 工 作 报 告", "政府工作报告"],
    ["山 东 省 统 计 局", "山东省统计局"],
    ["政\u3000府\u3000工\u3000作\u3000報\u3000告", "政府工作報告"],
    ["（全媒体记者 杜 磊 摄）", "（全媒体记者 杜 磊 摄）"],
    ["区长　　张三", "区长　　张三"],
    ["指 标", "指 标"],
    ["原煤  万吨  3846.2", "原煤  万吨  3846.2"],
  ])("sourceLines closes up a letter-spaced line only: %s", (line, text) => {
    expect(sourceLines(line)).toEqual([{ text, blanksBefore: 0 }]);
  });
});
