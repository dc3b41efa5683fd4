import { describe, expect, it } from "vitest";
import { notebookToPage, pageName } from "../../../src/components/notebook/page.ts";

describe("notebookToPage", () => {
  const page = notebookToPage(
    [
      {
        title: "各报告的事实数",
        sql: "SELECT d.title, count(f.fact_id) AS n\nFROM documents AS d LEFT JOIN facts AS f USING (doc_id)\nGROUP BY ALL",
        chart: true,
      },
      { title: null, sql: "SELECT kind, count(*) AS n FROM facts GROUP BY kind", chart: false },
      { title: "空", sql: "  ", chart: true },
    ],
    "事实概览",
  );

  it("has front matter, the title, the imports, one heading and sql block per non-empty cell", () => {
    expect(page.startsWith('---\ntitle: "事实概览"\ntoc: false\n---\n\n# 事实概览\n')).toBe(true);
    expect(page).toContain('import {sql} from "./components/db.js";');
    expect(page).toContain("## 各报告的事实数\n\n```sql id=cell1\nSELECT d.title, count(f.fact_id) AS n\nFROM documents");
    expect(page).toContain("## 查询 2\n\n```sql id=cell2\nSELECT kind");
    expect(page).not.toContain("## 空");
  });

  it("draws the automatic chart only for cells that had it on", () => {
    expect(page).toContain("display(autoChart(columnsOf(cell1), rowsOf(cell1)));");
    expect(page).not.toContain("autoChart(columnsOf(cell2)");
    expect(page).toContain("display(resultTable(columnsOf(cell2), rowsOf(cell2)));");
  });

  it("uses a longer fence when the query contains backticks", () => {
    expect(notebookToPage([{ title: null, sql: "SELECT '```' AS x", chart: false }])).toContain("````sql id=cell1");
  });
});

describe("pageName", () => {
  it.each([
    ["Investment 2024", "investment-2024.md"],
    ["事实概览", "notebook.md"],
  ])("%s → %s", (title, name) => {
    expect(pageName(title)).toBe(name);
  });
});
