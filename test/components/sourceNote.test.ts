// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { sourceNote, sourceText } from "../../src/components/sourceNote.ts";

describe("sourceText", () => {
  it.each([
    [
      { tables: ["facts", "documents"], rows: 12, total: 225 },
      "来源：facts.parquet、documents.parquet（由 seeds/ 中的报告抽取）；显示 12 / 225 行。",
    ],
    [
      { tables: ["sentences"], rows: 325, total: 325, note: "按报告分组。" },
      "来源：sentences.parquet（由 seeds/ 中的报告抽取）；共 325 行。按报告分组。",
    ],
  ])("sourceText(%j) → %s", (source, expected) => {
    expect(sourceText(source)).toBe(expected);
  });
  it("throws a TypeError without tables", () => {
    expect(() => sourceText({ tables: [], rows: 0 })).toThrow(TypeError);
  });
  it("sourceNote is a paragraph with that text", () => {
    expect(sourceNote({ tables: ["errors"], rows: 0 }).textContent).toBe("来源：errors.parquet（由 seeds/ 中的报告抽取）；共 0 行。");
  });
});
