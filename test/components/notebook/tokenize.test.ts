import { describe, expect, it } from "vitest";
import { significant, tokenize } from "../../../src/components/notebook/tokenize.ts";

const QUERIES = [
  "SELECT metric, value FROM facts WHERE text = '营业收入54.77亿元' ORDER BY value DESC",
  `-- 增长率\nSELECT d.year AS 年份, f.value AS 增长率 FROM facts AS f JOIN documents AS d USING (doc_id) /* 注释 */ WHERE f.kind = 'growth';`,
  "SELECT 'it''s', \"end\" - \"start\" AS len, 1.5e3, .5, x::INTEGER FROM sentences",
  "SELECT '未闭合的字符串",
  "SELECT /* 未闭合的注释",
  "SELECT $$美元引号 ' 里面$$, a->>'k' FROM t",
];

describe("tokenize", () => {
  it.each(QUERIES)("tokenize(%j) joins back to the input exactly", (sql) => {
    const tokens = tokenize(sql);
    expect(tokens.map((t) => t.text).join("")).toBe(sql);
    for (const [i, t] of tokens.entries()) {
      expect(sql.slice(t.start, t.end)).toBe(t.text);
      if (i > 0) expect(t.start).toBe(tokens[i - 1].end);
    }
  });

  it("tokenize classes keywords, Chinese identifiers, strings, numbers, comments and quoted names", () => {
    const tokens = significant(tokenize(`SELECT 年份, "end", '高新区' FROM facts -- 注释\nLIMIT 10;`));
    expect(tokens.map((t) => [t.type, t.text])).toEqual([
      ["keyword", "SELECT"],
      ["identifier", "年份"],
      ["punct", ","],
      ["quoted", '"end"'],
      ["punct", ","],
      ["string", "'高新区'"],
      ["keyword", "FROM"],
      ["identifier", "facts"],
      ["keyword", "LIMIT"],
      ["number", "10"],
      ["semicolon", ";"],
    ]);
  });

  it("tokenize keeps a semicolon inside a string or comment out of the statement separators", () => {
    const tokens = tokenize("SELECT '上半年；1-8月份; 完成' -- a;b\n/* ; */");
    expect(tokens.filter((t) => t.type === "semicolon")).toEqual([]);
  });

  it("tokenize runs an unterminated string to the end of the query", () => {
    const tokens = tokenize("SELECT '固定资产投资增长7.7%");
    expect(tokens.at(-1)).toMatchObject({ type: "string", text: "'固定资产投资增长7.7%" });
  });

  it("tokenize throws TypeError on a non-string", () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(TypeError);
  });
});
