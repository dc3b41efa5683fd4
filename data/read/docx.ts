import type { ExtractedLine } from "./lines.ts";
import { NO_META, sourceFromLines } from "./lines.ts";
import { plausibleTitle } from "./meta.ts";
import type { ReadResult } from "./types.ts";
import { attr, childElements, parseXml, textOf, type XmlElement } from "./xml.ts";
import { notOfficeZip, unzipEntries } from "./zip.ts";

const DOCUMENT = "word/document.xml";
const STYLES = "word/styles.xml";
const CORE = "docProps/core.xml";

/** Run content that is not shown as text: deleted revisions, field codes, text boxes, fallbacks, footnote marks. */
const HIDDEN = new Set(["del", "delText", "instrText", "txbxContent", "Fallback", "footnoteReference", "endnoteReference", "pPr", "rPr"]);

/** Paragraph style ids that are the title or a top heading, from styles.xml (names "Title", "heading 1", "标题 1"). */
function titleStyles(styles: XmlElement | null): Set<string> {
  const out = new Set(["Title", "Heading1", "1"]);
  if (!styles) return out;
  for (const s of childElements(styles)) {
    if (s.localName !== "style") continue;
    const name = (textOfAttr(s, "name") ?? "").toLowerCase().replace(/\s+/g, "");
    const id = attr(s, "styleId");
    if (id && /^(?:title|heading1|标题1?)$/.test(name)) out.add(id);
  }
  return out;
}

function textOfAttr(el: XmlElement, child: string): string | null {
  const c = childElements(el).find((e) => e.localName === child);
  return c ? attr(c, "val") : null;
}

/** A paragraph's text: runs joined (a number split across runs stays one number), tabs as spaces, breaks as new lines. */
function paragraphText(el: XmlElement): string {
  let out = "";
  for (const c of childElements(el)) {
    if (HIDDEN.has(c.localName ?? "")) continue;
    if (c.localName === "t") out += c.textContent ?? "";
    else if (c.localName === "tab") out += " ";
    else if (c.localName === "br" || c.localName === "cr") out += attr(c, "type") === "page" ? "" : "\n";
    else if (c.localName === "noBreakHyphen") out += "-";
    else out += paragraphText(c);
  }
  return out;
}

/** Body blocks in order: paragraphs, and each table row as one line of cells separated by tabs. */
function bodyLines(body: XmlElement, styles: Set<string>, out: { lines: ExtractedLine[]; title: string | null }): void {
  for (const c of childElements(body)) {
    if (c.localName === "p") {
      const text = paragraphText(c).trim();
      if (text === "") continue;
      const style = childElements(c).find((e) => e.localName === "pPr");
      const id = style ? textOfAttr(style, "pStyle") : null;
      if (out.title === null && id && styles.has(id) && out.lines.length < 10) out.title = text.replace(/\s+/g, " ");
      out.lines.push({ text, paragraph: out.lines.length + 1 });
    } else if (c.localName === "tbl") {
      for (const row of childElements(c).filter((e) => e.localName === "tr")) {
        const cells = childElements(row)
          .filter((e) => e.localName === "tc")
          .map((cell) => paragraphText(cell).replace(/\s+/g, " ").trim());
        if (cells.some((t) => t !== "")) out.lines.push({ text: cells.join("\t"), paragraph: out.lines.length + 1 });
      }
    } else if (c.localName !== "sectPr") bodyLines(c, styles, out);
  }
}

/** Reads a Word .docx: body text in order, tables as rows, title and date from the document's properties. */
export function readDocx(bytes: Uint8Array): ReadResult {
  const wrong = notOfficeZip(bytes, "Word .docx");
  if (wrong) return { ok: false, stage: "read", message: wrong };
  const zip = unzipEntries(bytes, [DOCUMENT, STYLES, CORE]);
  if (!zip.ok) return { ok: false, stage: "read", message: zip.message };
  const document = zip.files[DOCUMENT];
  if (!document) return { ok: false, stage: "read", message: `a zip archive but not a Word document (no ${DOCUMENT})` };
  try {
    const root = parseXml(DOCUMENT, document);
    const body = childElements(root).find((e) => e.localName === "body");
    if (!body) return { ok: false, stage: "read", message: `${DOCUMENT} has no w:body` };
    const styles = titleStyles(zip.files[STYLES] ? parseXml(STYLES, zip.files[STYLES]) : null);
    const out = { lines: [] as ExtractedLine[], title: null as string | null };
    bodyLines(body, styles, out);
    const core = zip.files[CORE] ? parseXml(CORE, zip.files[CORE]) : null;
    const created = core ? textOf(core, "created") : null;
    const meta = {
      ...NO_META,
      title: plausibleTitle(core ? textOf(core, "title") : null) ?? plausibleTitle(out.title),
      published: created && /^\d{4}-\d{2}-\d{2}/.test(created) ? created.slice(0, 10) : null,
    };
    return { ok: true, source: sourceFromLines("docx", out.lines, meta, { rejoin: false }) };
  } catch (err) {
    return { ok: false, stage: "read", message: `damaged Word document: ${err instanceof Error ? err.message : String(err)}` };
  }
}
