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
});
