// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { sourceFiles, sourceNote, sourceText } from "../../src/components/sourceNote.ts";

describe("sourceText", () => {
  it.each([
    [{ tables: ["facts", "documents"], rows: 12, total: 225 }, "来源：数字事实、报告（由 seeds/ 中的报告抽取）；显示 12 / 225 行。"],
    [
      { tables: ["sentences"], rows: 325, total: 325, note: "按报告分组。" },
      "来源：句子（由 seeds/ 中的报告抽取）；共 325 行。按报告分组。",
    ],
  ])("sourceText(%j) → %s", (source, expected) => {
    expect(sourceText(source, "seeds/")).toBe(expected);
  });
  it("names the folder the build wrote into the page head, or says 报告文件夹 when there is none", () => {
    expect(sourceText({ tables: ["facts"], rows: 1 })).toBe("来源：数字事实（由 报告文件夹 中的报告抽取）；共 1 行。");
    const meta = Object.assign(document.createElement("meta"), { name: "workbench-corpus", content: "2025工作报告/" });
    document.head.append(meta);
    expect(sourceText({ tables: ["facts"], rows: 1 })).toBe("来源：数字事实（由 2025工作报告/ 中的报告抽取）；共 1 行。");
    meta.remove();
  });
  it("throws a TypeError without tables", () => {
    expect(() => sourceText({ tables: [], rows: 0 })).toThrow(TypeError);
  });
  it("sourceNote shows that text, with the data files only in a details line", () => {
    const note = sourceNote({ tables: ["errors", "documents"], rows: 0 });
    expect(note.firstChild?.textContent).toBe("来源：读取错误、报告（由 报告文件夹 中的报告抽取）；共 0 行。");
    expect(note.querySelector("details.source-files")?.textContent).toBe(`数据文件${sourceFiles(["errors", "documents"])}`);
    expect(sourceFiles(["errors", "documents"])).toBe("errors.parquet、documents.parquet");
  });
});
