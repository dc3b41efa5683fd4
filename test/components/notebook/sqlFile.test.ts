import { describe, expect, it } from "vitest";
import { notebookToSql, SQL_FILE_HEADER, sqlToNotebook } from "../../../src/components/notebook/sqlFile.ts";
import type { NotebookCell } from "../../../src/components/notebook/types.ts";

const CELLS: NotebookCell[] = [
  { title: "上半年地区生产总值", sql: "SELECT value FROM facts\nWHERE metric = '地区生产总值' AND period = '上半年'", chart: true },
  { title: null, sql: "SELECT kind, count(*) FROM facts GROUP BY kind", chart: false },
  { title: "标题: 含冒号", sql: "-- %% cell 这一行看起来像分隔符\nSELECT 1\n--%% cell 也像\n-- %%% 已有三个百分号", chart: true },
];

describe("notebookToSql", () => {
  it("notebookToSql writes the header and one marker comment per cell", () => {
    const text = notebookToSql(CELLS.slice(0, 2));
    expect(text).toBe(
      `${SQL_FILE_HEADER}\n\n-- %% cell: 上半年地区生产总值\nSELECT value FROM facts\nWHERE metric = '地区生产总值' AND period = '上半年'\n\n-- %% cell chart=off\nSELECT kind, count(*) FROM facts GROUP BY kind\n`,
    );
  });

  it("notebookToSql throws TypeError when cells is not an array", () => {
    expect(() => notebookToSql("SELECT 1" as unknown as NotebookCell[])).toThrow(TypeError);
  });
});

describe("sqlToNotebook", () => {
  it("sqlToNotebook(notebookToSql(cells)) gives the cells back, marker-like lines included", () => {
    expect(sqlToNotebook(notebookToSql(CELLS))).toEqual(CELLS);
  });

  it("sqlToNotebook reads a file saved on Windows (CRLF, BOM)", () => {
    const text = `\uFEFF${notebookToSql(CELLS.slice(0, 2)).replaceAll("\n", "\r\n")}`;
    expect(sqlToNotebook(text)).toEqual(CELLS.slice(0, 2));
  });

  it("sqlToNotebook reads a plain .sql file without markers as one cell", () => {
    expect(sqlToNotebook("\n-- 统计\nSELECT count(*) FROM facts;\n\n")).toEqual([
      { title: null, sql: "-- 统计\nSELECT count(*) FROM facts;", chart: true },
    ]);
  });

  it("sqlToNotebook drops comments before the first marker and keeps empty cells", () => {
    expect(sqlToNotebook("-- 说明\n-- %% cell\n\n-- %% cell: 第二个\nSELECT 2")).toEqual([
      { title: null, sql: "", chart: true },
      { title: "第二个", sql: "SELECT 2", chart: true },
    ]);
  });

  it("sqlToNotebook returns no cells for an empty file", () => {
    expect(sqlToNotebook("")).toEqual([]);
    expect(sqlToNotebook(`${SQL_FILE_HEADER}\n`)).toEqual([]);
  });

  it("sqlToNotebook throws TypeError when text is not a string", () => {
    expect(() => sqlToNotebook(undefined as unknown as string)).toThrow(TypeError);
  });
});
