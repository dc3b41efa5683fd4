import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readSource } from "../../data/read/index.ts";
import { documentXml, makeDocx } from "./helpers/docx.ts";
import { expectSource, flat, formatBytes } from "./helpers/fixtures.ts";

// Sentences of 国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》(2024).
const GDP = ["初步核算，全年国内生产总值", "1260582", "亿元，比上年增长", "5.2", "%。"];

describe("readSource(.docx)", () => {
  it("reads a Word report (大庆市统计局, 2017): title and date from its properties, runs joined, tables as rows", async () => {
    const s = expectSource(await readSource("h1.docx", formatBytes("daqing-h1-2017.docx")));
    expect(s).toMatchObject({ format: "docx", encoding: null, rejoin: false });
    expect(s.meta).toEqual({ title: "上半年全市经济运行情况分析", published: "2017-06-04", source: null });
    const lines = s.raw.split("\n");
    expect(lines[0]).toBe("上半年全市经济运行情况分析");
    expect(lines).toContain("一、地方经济、非油经济、非公经济带动GDP实现正增长");
    expect(lines).toContain("第二产业\t730.5\t0.1%");
    expect(flat(s)).toContain("上半年全市实现地区生产总值（GDP）1228亿元，同比增长1.5%");
    expect(s.raw).not.toMatch(/<|w:t|xml/);
    expect(s.lines!.map((l) => l.paragraph)).toEqual(s.lines!.map((_, i) => i + 1));
  });

  it("joins a number split across runs (1260582 | 亿元) into one phrase", async () => {
    const s = expectSource(await readSource("a.docx", makeDocx([{ runs: GDP }])));
    expect(s.raw).toBe("初步核算，全年国内生产总值1260582亿元，比上年增长5.2%。");
  });

  it("takes the title from the Title style when the properties have none, and ignores a placeholder title", async () => {
    const docx = makeDocx([{ runs: ["2023年国民经济和社会发展统计公报"], style: "a3" }, { runs: GDP }], { title: "文档1" });
    expect(expectSource(await readSource("a.docx", docx)).meta.title).toBe("2023年国民经济和社会发展统计公报");
  });

  it("drops deleted revisions, field codes and footnote marks, keeps line breaks as lines", async () => {
    const extra =
      '<w:p><w:r><w:t>年末全国人口</w:t></w:r><w:del><w:r><w:delText>141175</w:delText></w:r></w:del><w:r><w:t>140967万人</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>，比上年末减少208万人。</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>';
    const s = expectSource(await readSource("a.docx", makeDocx([], { documentXml: documentXml([], extra) })));
    expect(s.raw).toBe("年末全国人口140967万人，比上年末减少208万人。\n第二行");
  });

  it.each([
    ["a truncated file", () => formatBytes("daqing-h1-2017.docx").subarray(0, 2000), /^damaged or truncated zip archive/],
    [
      "an Excel file renamed .docx",
      () => zipSync({ "xl/workbook.xml": new TextEncoder().encode("<workbook/>") }),
      /^a zip archive but not a Word document/,
    ],
    [
      "malformed XML",
      () => makeDocx([], { documentXml: "<w:document><w:body><w:p>" }),
      /^damaged Word document: word\/document\.xml is not well-formed XML/,
    ],
  ])("%s is a read error", async (_what, bytes, message) => {
    const r = await readSource("a.docx", bytes());
    expect(r).toMatchObject({ ok: false, stage: "read" });
    expect(r && !r.ok && r.message).toMatch(message);
  });
});
