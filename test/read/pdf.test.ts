import { describe, expect, it } from "vitest";
import { NO_TEXT_LAYER, readSource, readSourceSync } from "../../data/read/index.ts";
import { expectSource, flat, formatBytes } from "./helpers/fixtures.ts";
import { layoutReport, makePdf } from "./helpers/pdf.ts";

const TITLE = "我市农村经济在新常态下稳步发展";
const ENCRYPT = `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <${"ab".repeat(32)}> /U <${"cd".repeat(32)}> /P -44 >> /ID [<${"01".repeat(16)}> <${"01".repeat(16)}>]`;

async function failure(bytes: Uint8Array): Promise<{ stage: string; message: string }> {
  const r = await readSource("a.pdf", bytes);
  if (r.ok) throw new Error(`expected a read error, got text ${JSON.stringify(r.source.raw.slice(0, 80))}`);
  return r;
}

describe("readSource(.pdf)", () => {
  it.each(["a.pdf", "a.docx", "a.html", "a.md"])("readSourceSync(%s) is null: its reader is loaded on demand", (name) => {
    expect(readSourceSync(name, formatBytes("daqing-rural-2014.pdf"))).toBeNull();
  });

  it("reads the text layer of a printed report (大庆市统计局, 2017): title and date from its properties, page of each line", async () => {
    const s = expectSource(await readSource("rural.pdf", formatBytes("daqing-rural-2014.pdf")));
    expect(s).toMatchObject({ format: "pdf", encoding: null, rejoin: true });
    expect(s.meta).toEqual({ title: TITLE, published: "2017-06-04", source: null });
    const lines = s.raw.split("\n");
    expect(lines[0]).toBe(TITLE);
    expect(flat(s)).toContain("全市第一产业实现增加值185亿元，同比增长8.5%，增速比上年提高1.5个百分点");
    expect(s.lines![0]).toEqual({ page: 1, paragraph: null });
    expect(new Set(s.lines!.map((l) => l.page))).toEqual(new Set([1, 2, 3]));
  });

  it("drops the running header (the title on every page) and the page numbers", async () => {
    const s = expectSource(await readSource("rural.pdf", formatBytes("daqing-rural-2014.pdf")));
    expect(s.raw.split(TITLE).length - 1).toBe(1);
    expect(s.raw).not.toMatch(/- \d+ -/);
  });

  it("a PDF of scanned pages only is an error that asks for OCR", async () => {
    const r = await failure(makePdf([{ image: true }, { image: true }]));
    expect(r).toMatchObject({ stage: "read", message: `${NO_TEXT_LAYER}（2 页，0 个字）` });
  });

  it("a password-protected PDF is an error that says so", async () => {
    const pages = layoutReport(TITLE, ["初步核算，全年国内生产总值1260582亿元，比上年增长5.2%。"]);
    expect(await failure(makePdf(pages, { trailer: ENCRYPT }))).toMatchObject({
      stage: "read",
      message: "password-protected PDF (encrypted): remove the password and save again",
    });
  });

  it.each([
    ["a truncated PDF", () => formatBytes("daqing-rural-2014.pdf").subarray(0, 600), /^damaged PDF: Invalid PDF structure/],
    ["a file that is not a PDF", () => new TextEncoder().encode("<html>不是PDF</html>"), /^not a PDF file/],
  ])("%s is a read error", async (_what, bytes, message) => {
    expect((await failure(bytes())).message).toMatch(message);
  });
});
