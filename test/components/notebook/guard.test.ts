import { describe, expect, it } from "vitest";
import { checkReadOnly, limitQuery } from "../../../src/components/notebook/guard.ts";

const ALLOWED: [string, string][] = [
  ["SELECT * FROM facts LIMIT 5", "SELECT"],
  ["select metric, value from facts where text = '地区生产总值43.31亿元';", "SELECT"],
  ["WITH t AS (SELECT * FROM facts WHERE unit = 'CNY') SELECT count(*) FROM t", "WITH"],
  ["FROM facts SELECT metric", "FROM"],
  ["(SELECT 1) UNION ALL (SELECT 2)", "SELECT"],
  ["DESCRIBE facts", "DESCRIBE"],
  ["SHOW TABLES", "SHOW"],
  ["SUMMARIZE facts", "SUMMARIZE"],
  ["EXPLAIN SELECT * FROM facts", "EXPLAIN"],
  ["PRAGMA table_info('facts')", "PRAGMA"],
  ["VALUES (1, '济宁高新区')", "VALUES"],
  // A write keyword inside a string, a quoted name, a comment or after a dot is just text.
  ["SELECT * FROM sentences WHERE text LIKE '%DROP TABLE%'", "SELECT"],
  ['SELECT "update" FROM (SELECT 1 AS "update")', "SELECT"],
  ["-- DELETE everything? no\nSELECT 1", "SELECT"],
  ["SELECT t.set FROM (SELECT 1 AS set) AS t", "SELECT"],
  ["SELECT replace(text, '济宁', '') FROM documents", "SELECT"],
  // Strings as DuckDB reads them: a backslash in a plain string is just a backslash; dollar quotes hold anything.
  ["SELECT * FROM sentences WHERE text LIKE '%\\' AND doc_id <> ''", "SELECT"],
  ["SELECT $$ DROP TABLE facts; read_csv('x') $$ AS s", "SELECT"],
  ["SELECT $t1$ it's $t1$ AS s", "SELECT"],
  ["SELECT E'it\\'s' AS s FROM facts", "SELECT"],
  // A quoted name that is not called and is not a path is a column or table.
  [`SELECT "query" FROM (SELECT 1 AS "query")`, "SELECT"],
];

const REFUSED: [string, RegExp][] = [
  ["", /查询为空/],
  ["-- 只有注释", /查询为空/],
  ["DROP TABLE facts", /「DROP」开头/],
  ["delete from facts", /「delete」开头/],
  ["INSERT INTO facts SELECT * FROM facts", /「INSERT」开头/],
  ["CREATE TABLE x AS SELECT 1", /「CREATE」开头/],
  ["UPDATE facts SET value = 0", /「UPDATE」开头/],
  ["WITH x AS (SELECT 1) DELETE FROM facts", /「DELETE」/],
  ["SELECT 1; DROP TABLE facts", /2 条/],
  ["SELECT 1; SELECT 2", /2 条/],
  ["COPY facts TO 'out.csv'", /「COPY」开头/],
  ["ATTACH 'x.db'", /「ATTACH」开头/],
  ["INSTALL httpfs", /「INSTALL」开头/],
  ["SET threads = 1", /「SET」开头/],
  ["PRAGMA enable_profiling", /PRAGMA enable_profiling/],
  ["SELECT * FROM read_csv('https://example.com/x.csv')", /read_csv/],
  ["SELECT * FROM 'https://example.com/x.parquet'", /读取文件或网址/],
  ["EXPLAIN ANALYZE CREATE TABLE x AS SELECT 1", /「CREATE」/],
  // Issue 17's red-team attempts that passed the guard (DuckDB's external-access lock stopped them).
  // E'\'' is one quote to DuckDB: the read_csv after it is not inside a string.
  ["SELECT E'\\'', read_csv('/etc/passwd')", /「read_csv」会读取文件或网址/],
  ["SELECT e'a\\\\', * FROM read_parquet('x.parquet') --'", /「read_parquet」会读取文件或网址/],
  // A dollar-quote tag may hold digits: $tag1$…$tag1$ is one string, and read_csv follows it.
  ["SELECT $tag1$'$tag1$, read_csv('x.csv') --'", /「read_csv」/],
  [`SELECT * FROM "read_csv"('/etc/passwd')`, /「"read_csv"」会读取文件或网址/],
  [`SELECT * FROM "READ_TEXT" ('/etc/hostname')`, /「"READ_TEXT"」/],
  ["SELECT * FROM main.read_csv('x.csv')", /「read_csv」会读取文件或网址/],
  [`SELECT * FROM system."main".read_blob('x')`, /「read_blob」/],
  ["SELECT * FROM query('COPY facts TO ''x.csv''')", /「query」会把字符串当作 SQL 执行/],
  ["SELECT * FROM query_table('facts')", /「query_table」会把字符串当作 SQL 执行/],
  [`SELECT * FROM "data.csv"`, /读取文件或网址/],
  ["SELECT * FROM facts JOIN '/tmp/x.parquet' USING (doc_id)", /读取文件或网址/],
];

describe("checkReadOnly", () => {
  it.each(ALLOWED)("checkReadOnly(%j) allows it (starts with %s)", (sql, keyword) => {
    const result = checkReadOnly(sql);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, keyword });
  });

  it.each(REFUSED)("checkReadOnly(%j) refuses it in Chinese", (sql, message) => {
    const result = checkReadOnly(sql);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("checkReadOnly returns the statement without trailing semicolon and comments", () => {
    const result = checkReadOnly("  SELECT metric FROM facts -- 指标\n ; ;  -- 结束\n");
    expect(result).toEqual({ ok: true, statement: "SELECT metric FROM facts", keyword: "SELECT", wrappable: true });
  });

  it("checkReadOnly marks DESCRIBE and PRAGMA as not wrappable in a LIMIT", () => {
    expect(checkReadOnly("DESCRIBE facts")).toMatchObject({ wrappable: false });
    expect(checkReadOnly("PRAGMA table_info('facts')")).toMatchObject({ wrappable: false });
  });

  it("checkReadOnly throws TypeError when not given a string", () => {
    expect(() => checkReadOnly(null as unknown as string)).toThrow(TypeError);
  });
});

describe("limitQuery", () => {
  it("limitQuery wraps the statement on its own lines so a trailing line comment stays inside", () => {
    expect(limitQuery("SELECT 1 -- 注释", 11)).toBe("SELECT * FROM (\nSELECT 1 -- 注释\n) AS notebook_result LIMIT 11");
  });

  it("limitQuery rejects a limit that is not a positive integer", () => {
    expect(() => limitQuery("SELECT 1", 0)).toThrow(TypeError);
    expect(() => limitQuery("SELECT 1", 1.5)).toThrow(TypeError);
  });
});
