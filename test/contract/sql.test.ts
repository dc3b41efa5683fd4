import { describe, expect, it } from "vitest";
import { sqlIdent, sqlString } from "../../src/contract/sql.ts";

describe("SQL quoting", () => {
  it("doubles the quote inside an identifier", () => {
    expect(sqlIdent("facts")).toBe('"facts"');
    expect(sqlIdent('a"b')).toBe('"a""b"');
  });
  it("doubles the quote inside a string literal (a path with an apostrophe)", () => {
    expect(sqlString("/tmp/analyst's reports/facts.parquet")).toBe("'/tmp/analyst''s reports/facts.parquet'");
  });
});
