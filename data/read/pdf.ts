import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { NO_TEXT_LAYER } from "./formats.ts";
import { NO_META, sourceFromLines } from "./lines.ts";
import { isoDate, plausibleTitle } from "./meta.ts";
import { layoutPages, type PdfItem } from "./pdfLayout.ts";
import type { ReadResult } from "./types.ts";

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** Fewest letters and digits a PDF needs to count as having a text layer. */
const MIN_TEXT = 20;

let loading: Promise<Pdfjs> | undefined;

/**
 * pdf.js's Node build, loaded on first use (it is large). Inside an ingest worker the
 * code is bundled into a data: URL that cannot resolve packages, so worker-entry.ts
 * defines WB_PDFJS_URL at bundle time.
 */
function pdfjsUrl(): string {
  return process.env.WB_PDFJS_URL ?? pathToFileURL(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.mjs")).href;
}

function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import(pdfjsUrl()) as Promise<Pdfjs>;
  return loading;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Reads a PDF's text layer: lines in reading order with their page, headers, footers and page numbers dropped. */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  if (!Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-"))
    return { ok: false, stage: "read", message: "not a PDF file (no %PDF- header)" };
  const pdfjs = await loadPdfjs();
  const base = new URL("../../", pdfjsUrl());
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    cMapUrl: fileURLToPath(new URL("cmaps/", base)),
    cMapPacked: true,
    standardFontDataUrl: fileURLToPath(new URL("standard_fonts/", base)),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    const name = err instanceof Error ? err.name : "";
    if (name === "PasswordException")
      return { ok: false, stage: "read", message: "password-protected PDF (encrypted): remove the password and save again" };
    return { ok: false, stage: "read", message: `damaged PDF: ${describe(err)}` };
  }
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ items: content.items.flatMap((i) => ("str" in i ? [i as PdfItem] : [])), height: page.view[3]! - page.view[1]! });
      page.cleanup();
    }
    const lines = layoutPages(pages);
    const words = lines.reduce((n, l) => n + (l.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
    if (words < MIN_TEXT) return { ok: false, stage: "read", message: `${NO_TEXT_LAYER}（${doc.numPages} 页，${words} 个字）` };
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    const meta = {
      ...NO_META,
      title: plausibleTitle(typeof info.Title === "string" ? info.Title : null),
      published: isoDate(info.CreationDate),
    };
    return { ok: true, source: sourceFromLines("pdf", lines, meta, { rejoin: true }) };
  } catch (err) {
    return { ok: false, stage: "read", message: `damaged PDF: ${describe(err)}` };
  } finally {
    await doc.destroy();
  }
}
