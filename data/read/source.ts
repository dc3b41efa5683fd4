import { decodeBytes } from "./decode.ts";
import { readDocx } from "./docx.ts";
import { formatOf, skipReason } from "./formats.ts";
import { readHtml } from "./html.ts";
import { NO_META } from "./lines.ts";
import { readMarkdown } from "./markdown.ts";
import { readPdf } from "./pdf.ts";
import type { ReadResult } from "./types.ts";

function readText(bytes: Uint8Array): ReadResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, source: { format: "txt", encoding: decoded.encoding, raw: decoded.text, lines: null, rejoin: true, meta: NO_META } };
}

/**
 * Reads a file by the format its extension names, without waiting: every format
 * but PDF (pdf.js is asynchronous), for which it returns null. Unknown extensions
 * are a `read` failure that says the file was skipped.
 */
export function readSourceSync(file: string, bytes: Uint8Array): ReadResult | null {
  if (bytes.length === 0) return { ok: false, stage: "read", message: "empty file (0 bytes)" };
  switch (formatOf(file)) {
    case "txt":
      return readText(bytes);
    case "md":
      return readMarkdown(bytes);
    case "html":
      return readHtml(bytes);
    case "docx":
      return readDocx(bytes);
    case "pdf":
      return null;
    default:
      return { ok: false, stage: "read", message: skipReason(file) };
  }
}

/** Reads a file of any supported format: its text before normalizing, source locations and metadata, or why not. */
export async function readSource(file: string, bytes: Uint8Array): Promise<ReadResult> {
  return readSourceSync(file, bytes) ?? readPdf(bytes);
}
