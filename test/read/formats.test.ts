import { describe, expect, it } from "vitest";
import { formatOf, skipReason } from "../../data/read/index.ts";

describe("formatOf", () => {
  it.each([
    ["report.txt", "txt"],
    ["news/2024.MD", "md"],
    ["a.markdown", "md"],
    ["政府工作报告.docx", "docx"],
    ["page.HTM", "html"],
    ["page.html", "html"],
    ["公报.pdf", "pdf"],
    ["表格.xlsx", null],
    ["old.doc", null],
    ["README", null],
    ["dir.v2/README", null],
  ])("formatOf(%s) is %s", (name, format) => {
    expect(formatOf(name)).toBe(format);
  });
});

describe("skipReason", () => {
  it("names the extension and the formats that are read", () => {
    expect(skipReason("data/表格.xlsx")).toBe(
      "skipped: extension .xlsx is not a report format ingest reads (it reads .txt, .md, .markdown, .docx, .html, .htm, .pdf)",
    );
    expect(skipReason("README")).toMatch(/^skipped: no extension is not/);
  });
});
