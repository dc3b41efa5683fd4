import { describe, expect, it } from "vitest";
import { isoDate, plausibleTitle } from "../../data/read/index.ts";

describe("plausibleTitle", () => {
  it.each([
    ["上半年全市经济运行情况分析", "上半年全市经济运行情况分析"],
    ["  2023年  政府工作报告 ", "2023年 政府工作报告"],
    ["Microsoft Word - 2023年政府工作报告.docx", null],
    ["文档1", null],
    ["无标题", null],
    ["untitled", null],
    ["2023年统计公报.pdf", null],
    ["——", null],
    ["", null],
    [null, null],
    ["很".repeat(81), null],
  ])("plausibleTitle(%j) is %j", (title, expected) => {
    expect(plausibleTitle(title)).toBe(expected);
  });
});

describe("isoDate", () => {
  it.each([
    ["2017-06-04 00:00", "2017-06-04"],
    ["2024/1/25", "2024-01-25"],
    ["2024年1月25日", "2024-01-25"],
    ["2024.01.25", "2024-01-25"],
    ["2017-06-04T08:00:00Z", "2017-06-04"],
    ["D:20170604080000+08'00'", "2017-06-04"],
    ["2023-02-30", null],
    ["1900-01-01", null],
    ["上半年", null],
    [20240125, null],
  ])("isoDate(%j) is %j", (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });

  it("isoDate(Date) is its UTC day", () => {
    expect(isoDate(new Date("2017-06-04T00:00:00Z"))).toBe("2017-06-04");
  });
});
