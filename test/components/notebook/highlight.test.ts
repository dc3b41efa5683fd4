import { describe, expect, it } from "vitest";
import { highlightSql } from "../../../src/components/notebook/highlight.ts";

const NAMES = { tables: ["facts", "documents"], columns: { facts: ["metric", "value", "end"], documents: ["title"] } };

describe("highlightSql", () => {
  it("highlightSql classes keywords, tables, columns, strings, numbers and comments and keeps every character", () => {
    const sql = `SELECT metric, "end" FROM facts WHERE text = '营业收入54.77亿元' LIMIT 5 -- 注释`;
    const segments = highlightSql(sql, NAMES);
    expect(segments.map((s) => s.text).join("")).toBe(sql);
    const classOf = (text: string) => segments.find((s) => s.text.trim() === text)?.className;
    expect(classOf("SELECT")).toBe("nb-kw");
    expect(classOf("metric")).toBe("nb-col");
    expect(classOf('"end"')).toBe("nb-col");
    expect(classOf("facts")).toBe("nb-tbl");
    expect(classOf("'营业收入54.77亿元'")).toBe("nb-str");
    expect(classOf("5")).toBe("nb-num");
    expect(classOf("-- 注释")).toBe("nb-com");
    // Not a known column: plain text.
    expect(classOf("text")).toBe(null);
  });

  it("highlightSql without names still classes keywords and leaves identifiers plain", () => {
    expect(highlightSql("select x")).toEqual([
      { text: "select", className: "nb-kw" },
      { text: " x", className: null },
    ]);
  });
});
