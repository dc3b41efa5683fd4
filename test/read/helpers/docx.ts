// Writes minimal but complete Word .docx files for tests (fflate zip + WordprocessingML).
import { zipSync } from "fflate";

/** A paragraph: its runs (Word splits text into runs at every change of font), and an optional style id. */
export interface DocxParagraph {
  runs: string[];
  style?: string;
}

/** A table: rows of cells. */
export type DocxTable = { table: string[][] };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraph(p: DocxParagraph): string {
  const style = p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : "";
  const runs = p.runs.map((r) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`);
  return `<w:p>${style}${runs.join("")}</w:p>`;
}

function table(t: DocxTable): string {
  const rows = t.table.map((row) => `<w:tr>${row.map((c) => `<w:tc><w:p><w:r><w:t>${esc(c)}</w:t></w:r></w:p></w:tc>`).join("")}</w:tr>`);
  return `<w:tbl><w:tblPr/>${rows.join("")}</w:tbl>`;
}

/** document.xml of these blocks; `extra` is inserted raw before the section properties. */
export function documentXml(blocks: ReadonlyArray<DocxParagraph | DocxTable>, extra = ""): string {
  const body = blocks.map((b) => ("table" in b ? table(b) : paragraph(b))).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}${extra}<w:sectPr/></w:body></w:document>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>`;

function core(title: string | null, created: string | null): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${title ? `<dc:title>${esc(title)}</dc:title>` : ""}<dc:creator>Administrator</dc:creator>${created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` : ""}</cp:coreProperties>`;
}

/** A .docx with these blocks, title and creation time in its properties. */
export function makeDocx(
  blocks: ReadonlyArray<DocxParagraph | DocxTable>,
  options: { title?: string | null; created?: string | null; documentXml?: string } = {},
): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(s);
  return zipSync(
    {
      "[Content_Types].xml": enc('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      "word/document.xml": enc(options.documentXml ?? documentXml(blocks)),
      "word/styles.xml": enc(STYLES),
      "docProps/core.xml": enc(core(options.title ?? null, options.created ?? null)),
    },
    { mtime: new Date("2017-06-04T00:00:00Z") },
  );
}
