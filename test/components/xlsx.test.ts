// @vitest-environment happy-dom
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SOURCE_HEADER, sheetName, sheetRows, tableFromElement, toXlsx } from "../../src/components/xlsx.ts";

// A row of the overview's headline table (seed report: 济宁经济技术开发区 2023 news; 地区生产总值 43.31亿元).
const TABLE = {
  sheet: "主要指标",
  columns: ["园区", "指标", "数值（元）"],
  rows: [
    ["经开区", "地区生产总值", 4331000000],
    ["高新区", "增速（%）", 7.7],
  ],
  sources: ["http://127.0.0.1/reports/abc#f-abc-s1-f1", null],
  note: "来源：facts.parquet（由 seeds/ 中的报告抽取）",
};

describe("sheetRows", () => {
  it("writes a bold header with the source column, numbers as numbers, and the note under the table", () => {
    const rows = sheetRows(TABLE);
    expect(rows[0].map((c) => c?.value)).toEqual(["园区", "指标", "数值（元）", SOURCE_HEADER]);
    expect(rows[1][2]).toMatchObject({ value: 4331000000, type: Number });
    expect(rows[2][3]).toBeNull();
    expect(rows.at(-1)?.[0]?.value).toBe(TABLE.note);
  });

  it("refuses sources that do not match the rows", () => {
    expect(() => sheetRows({ ...TABLE, sources: [] })).toThrow(TypeError);
  });

  it("sheetName drops characters Excel forbids and keeps 31 characters", () => {
    expect(sheetName("a/b:c")).toBe("a b c");
    expect(Array.from(sheetName("指".repeat(40))).length).toBe(31);
  });
});

describe("toXlsx", () => {
  it("is an .xlsx (zip) whose sheet holds the Chinese headers, the number and the source link", async () => {
    const bytes = new Uint8Array(await (await toXlsx(TABLE)).arrayBuffer());
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    const all = Object.entries(files)
      .filter(([name]) => name.endsWith(".xml"))
      .map(([, data]) => strFromU8(data))
      .join("\n");
    for (const text of ["数值（元）", SOURCE_HEADER, "地区生产总值", "http://127.0.0.1/reports/abc#f-abc-s1-f1", "主要指标"])
      expect(all).toContain(text);
    expect(strFromU8(files["xl/worksheets/sheet1.xml"])).toMatch(/<v>4331000000<\/v>/);
  });
});

describe("tableFromElement", () => {
  it("reads headers, raw numbers and each row's first link", () => {
    document.body.innerHTML = `<table><thead><tr><th>报告</th><th>数值 ▲</th></tr></thead>
      <tbody><tr><td><a href="/reports/x">报告一</a></td><td data-raw="4331000000">43.31亿</td></tr>
      <tr><td>报告二</td><td>12</td></tr></tbody></table>`;
    const table = tableFromElement(document.querySelector("table") as HTMLTableElement, "表");
    expect(table.columns).toEqual(["报告", "数值"]);
    expect(table.rows).toEqual([
      ["报告一", 4331000000],
      ["报告二", 12],
    ]);
    expect(table.sources?.[0]).toMatch(/\/reports\/x$/);
    expect(table.sources?.[1]).toBeNull();
  });
});
