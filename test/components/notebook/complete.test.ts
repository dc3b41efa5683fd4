import { describe, expect, it } from "vitest";
import { completeAt } from "../../../src/components/notebook/complete.ts";

const NAMES = {
  tables: ["documents", "facts", "sentences"],
  columns: {
    documents: ["doc_id", "title", "year"],
    facts: ["fact_id", "doc_id", "metric", "value"],
    sentences: ["sentence_id", "section"],
  },
};

describe("completeAt", () => {
  it("completeAt offers columns of the tables the query names first", () => {
    const sql = "SELECT me FROM facts";
    expect(completeAt(sql, "SELECT me".length, NAMES)).toEqual({ from: 7, to: 9, options: ["metric"] });
  });

  it("completeAt offers table names and keywords by prefix, case-insensitively", () => {
    const result = completeAt("select * fr", 11, NAMES);
    expect(result?.options).toContain("FROM");
    expect(completeAt("SELECT * FROM fa", 16, NAMES)?.options[0]).toBe("facts");
  });

  it("completeAt replaces the whole word around the cursor", () => {
    expect(completeAt("SELECT titXX FROM documents", "SELECT tit".length, NAMES)).toMatchObject({ from: 7, to: 12 });
  });

  it("completeAt returns null inside a string, after a space or when nothing matches", () => {
    expect(completeAt("SELECT 'fa", 10, NAMES)).toBeNull();
    expect(completeAt("SELECT ", 7, NAMES)).toBeNull();
    expect(completeAt("SELECT 营业", 9, NAMES)).toBeNull();
  });

  it("completeAt throws TypeError for a cursor outside the query", () => {
    expect(() => completeAt("SELECT", 99, NAMES)).toThrow(TypeError);
  });
});
