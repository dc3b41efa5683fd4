import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest, listInputFiles } from "../../data/ingest/index.ts";
import { NO_TEXT_LAYER } from "../../data/read/index.ts";
import type { FactRow } from "../../data/types.ts";
import { FORMATS_DIR, formatBytes, naiveText } from "../read/helpers/fixtures.ts";
import { makePdf } from "../read/helpers/pdf.ts";

/** The article inside a fixture page, as plain text: the ".txt of the same report". */
function articleText(page: string): string {
  const start = page.indexOf('<div class="content" id="zoom">');
  return naiveText(page.slice(start, page.indexOf('<div class="footer">')));
}

const FIXTURES = [
  "daqing-rural-2014.html",
  "daqing-rural-2014.pdf",
  "daqing-h1-2017.docx",
  "daqing-h1-2017-gb2312.htm",
  "daqing-opening.md",
];

/** A folder as an analyst has it: every format, the same reports as .txt, and files that cannot be read. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "formats-"));
  for (const f of FIXTURES) copyFileSync(join(FORMATS_DIR, f), join(dir, f));
  writeFileSync(join(dir, "rural-2014.txt"), articleText(new TextDecoder().decode(formatBytes("daqing-rural-2014.html"))));
  writeFileSync(join(dir, "h1-2017.txt"), articleText(new TextDecoder("gb18030").decode(formatBytes("daqing-h1-2017-gb2312.htm"))));
  writeFileSync(join(dir, "表格.xlsx"), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
  writeFileSync(join(dir, "scan.pdf"), makePdf([{ image: true }]));
  writeFileSync(join(dir, "broken.docx"), formatBytes("daqing-h1-2017.docx").subarray(0, 1500));
  return dir;
}

const key = (f: FactRow) => `${f.text}|${f.value}|${f.unit}|${f.kind}`;

describe("ingest of a folder with every format", async () => {
  const dir = folder();
  const result = await ingest(await listInputFiles([dir]), { root: dir });
  const byFile = new Map(result.documents.map((d) => [d.file, d]));
  const factsOf = (file: string) => result.facts.filter((f) => f.doc_id === byFile.get(file)!.doc_id).map(key);

  it("ingests each report with its title, format, date and source", () => {
    expect(result.documents.map((d) => [d.file, d.format, d.title, d.published, d.source])).toEqual([
      ["daqing-h1-2017-gb2312.htm", "html", "上半年全市经济运行情况分析", "2017-06-04", "大庆市统计局"],
      ["daqing-h1-2017.docx", "docx", "上半年全市经济运行情况分析", "2017-06-04", null],
      ["daqing-opening.md", "md", "大庆市经济运行开局良好", "2017-06-04", "大庆市统计局"],
      ["daqing-rural-2014.html", "html", "我市农村经济在新常态下稳步发展", "2017-06-04", "大庆市统计局"],
      ["daqing-rural-2014.pdf", "pdf", "我市农村经济在新常态下稳步发展", "2017-06-04", null],
      ["h1-2017.txt", "txt", "上半年全市经济运行情况分析", null, null],
      ["rural-2014.txt", "txt", "我市农村经济在新常态下稳步发展", null, null],
    ]);
  });

  it("names every file it could not read or skipped, with stage and reason", () => {
    expect(result.errors.map((e) => [e.file, e.stage, e.message])).toEqual([
      ["broken.docx", "read", "damaged or truncated zip archive (invalid zip data)"],
      ["scan.pdf", "read", `${NO_TEXT_LAYER}（1 页，0 个字）`],
      [
        "表格.xlsx",
        "read",
        "skipped: extension .xlsx is not a report format ingest reads (it reads .txt, .md, .markdown, .docx, .html, .htm, .pdf)",
      ],
    ]);
  });

  it.each([
    ["daqing-rural-2014.html", "rural-2014.txt"],
    ["daqing-rural-2014.pdf", "rural-2014.txt"],
    ["daqing-h1-2017-gb2312.htm", "h1-2017.txt"],
  ])("finds in %s the same facts as in %s", (file, txt) => {
    expect(factsOf(file)).toEqual(factsOf(txt));
  });

  it("finds in the Word file every fact of the .txt of the same report, and the table's figures", () => {
    const docx = factsOf("daqing-h1-2017.docx");
    const missing = factsOf("h1-2017.txt").filter((k) => !docx.includes(k));
    expect(missing).toEqual([]);
    expect(docx.length).toBeGreaterThan(factsOf("h1-2017.txt").length);
  });

  it("keeps no markup in any document's text", () => {
    for (const d of result.documents) expect(d.text, d.file).not.toMatch(/<\/?[a-z]|style=|font-family|w:t|^---$/m);
  });

  it("gives PDF sentences their page and Word/web sentences their paragraph, with exact provenance", () => {
    const sentence = (file: string, phrase: string) =>
      result.sentences.find((s) => s.doc_id === byFile.get(file)!.doc_id && s.text.includes(phrase))!;
    expect(sentence("daqing-rural-2014.pdf", "185亿元")).toMatchObject({ page: 1, paragraph: null });
    // 12443 ends a printed line and 元 starts the next: one number, on the page where its sentence starts.
    expect(sentence("daqing-rural-2014.pdf", "12443元")).toMatchObject({ page: 2 });
    expect(sentence("daqing-rural-2014.pdf", "355处")).toMatchObject({ page: 3 });
    expect(sentence("daqing-rural-2014.html", "185亿元")).toMatchObject({ page: null, paragraph: 2 });
    expect(sentence("rural-2014.txt", "185亿元")).toMatchObject({ page: null, paragraph: null });
    const fact = result.facts.find((f) => f.doc_id === byFile.get("daqing-rural-2014.pdf")!.doc_id && f.text === "185亿元")!;
    const text = byFile.get("daqing-rural-2014.pdf")!.text;
    expect([...text].slice(fact.start, fact.end).join("")).toBe("185亿元");
  });

  it("gives the same rows with 2 workers (PDF, Word and web readers in worker threads)", async () => {
    expect(await ingest(await listInputFiles([dir]), { root: dir, workers: 2 })).toEqual(result);
  });
});
