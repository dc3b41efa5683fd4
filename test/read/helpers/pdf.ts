// Writes small PDF files for tests. Chinese text uses the non-embedded Adobe-GB1 font
// STSong-Light with the UniGB-UCS2-H encoding (as many Chinese office PDFs do), which
// pdf.js maps back to Unicode with its bundled CMaps.

const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, "0")).join("");

const FONT =
  "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>] >>";

/** A line of text at a position (points from the bottom left of an A4 page). */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/** Page content: lines of text, or an image only (a scanned page). */
export type PdfPageSpec = { lines: PdfLine[] } | { image: true };

function pageContent(spec: PdfPageSpec): string {
  if ("image" in spec) return "q 500 0 0 700 40 60 cm /Im1 Do Q";
  const ops = spec.lines.map((l) => `BT /F1 ${l.size ?? 12} Tf 1 0 0 1 ${l.x} ${l.y} Tm <${hex(l.text)}> Tj ET`);
  return ops.join("\n");
}

/** A PDF of these pages; `info` goes into the document information dictionary; `trailer` is added to the trailer. */
export function makePdf(pages: readonly PdfPageSpec[], options: { info?: Record<string, string>; trailer?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (s: string) => objects.push(s);
  add(FONT); // 1
  add(
    "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream",
  ); // 2
  const pagesId = 3 + pages.length * 2;
  const kids: number[] = [];
  for (const spec of pages) {
    const content = pageContent(spec);
    add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
    add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 1 0 R >> /XObject << /Im1 2 0 R >> >> /Contents ${objects.length} 0 R >>`,
    );
    kids.push(objects.length);
  }
  add(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`);
  add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  const catalog = objects.length;
  const info = Object.entries(options.info ?? {}).map(([k, v]) => `/${k} <FEFF${hex(v)}>`);
  add(`<< ${info.join(" ")} >>`);
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${objects.length} 0 R ${options.trailer ?? ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

/**
 * Lays report paragraphs out on A4 pages the way a word processor prints them:
 * lines of `perLine` characters (so numbers and words wrap across lines), a first-line
 * indent, a running header (the title) and a centered page number "- n -" in the footer.
 */
export function layoutReport(title: string, paragraphs: readonly string[], perLine = 28, linesPerPage = 30): PdfPageSpec[] {
  const body: { text: string; indent: boolean }[] = [];
  for (const p of paragraphs) {
    const chars = [...p];
    for (let i = 0; i < chars.length; i += perLine) body.push({ text: chars.slice(i, i + perLine).join(""), indent: i === 0 });
  }
  const pages: PdfPageSpec[] = [];
  for (let start = 0; start < body.length; start += linesPerPage) {
    const n = pages.length + 1;
    const lines: PdfLine[] = [{ text: title, x: 180, y: 800, size: 9 }];
    for (const [i, l] of body.slice(start, start + linesPerPage).entries())
      lines.push({ text: l.text, x: l.indent ? 80 : 56, y: 740 - i * 22 });
    lines.push({ text: `- ${n} -`, x: 285, y: 40, size: 9 });
    pages.push({ lines });
  }
  return pages;
}
