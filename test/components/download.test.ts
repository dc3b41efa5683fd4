// @vitest-environment happy-dom
import { csvParse } from "d3";
import { describe, expect, it } from "vitest";
import { downloadButton, toCsv } from "../../src/components/download.ts";

describe("toCsv", () => {
  it("writes the columns in order with a byte-order mark, quoting commas and quotes, empty for null", () => {
    const csv = toCsv(
      [
        { text: "43.31亿元", value: 4331000000, metric: "地区生产总值", period: null },
        { text: "过5亿元", value: 500000000, metric: '营业收入,"过"', period: "上半年" },
      ],
      ["text", "value", "metric", "period"],
    );
    expect(csv.startsWith("\ufefftext,value,metric,period\r\n")).toBe(true);
    expect([...csvParse(csv.slice(1))]).toEqual([
      { text: "43.31亿元", value: "4331000000", metric: "地区生产总值", period: "" },
      { text: "过5亿元", value: "500000000", metric: '营业收入,"过"', period: "上半年" },
    ]);
  });
  it("throws a TypeError without columns", () => {
    expect(() => toCsv([], [])).toThrow(TypeError);
  });
});

describe("downloadButton", () => {
  it("shows the error next to the button when building the file fails", async () => {
    const el = downloadButton("下载 CSV", "x.csv", "text/csv", () => {
      throw new Error("查询失败");
    });
    el.querySelector("button")?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.querySelector(".download-status")?.textContent).toBe("下载失败：查询失败");
  });
});
