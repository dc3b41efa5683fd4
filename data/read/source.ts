import { decodeBytes } from "./decode.ts";
import { formatOf, skipReason } from "./formats.ts";
import { NO_META } from "./lines.ts";
import type { ReadResult } from "./types.ts";

function readText(bytes: Uint8Array): ReadResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, source: { format: "txt", encoding: decoded.encoding, raw: decoded.text, lines: null, rejoin: true, meta: NO_META } };
}

/**
 * Reads what needs no format library, without waiting: plain text, empty files and
 * unknown extensions (a `read` failure that says the file was skipped). Returns null
 * for Word, web pages, Markdown and PDF, whose readers `readSource` loads on demand.
 */
export function readSourceSync(file: string, bytes: Uint8Array): ReadResult | null {
  if (bytes.length === 0) return { ok: false, stage: "read", message: "empty file (0 bytes)" };
  const format = formatOf(file);
  if (format === "txt") return readText(bytes);
  if (format === null) return { ok: false, stage: "read", message: skipReason(file) };
  return null;
}

/**
 * Reads a file of any supported format: its text before normalizing, source locations
 * and metadata, or why not. The readers of the other formats (and their libraries) are
 * imported on first use, so an ingest worker that only sees .txt never loads them.
 */
export async function readSource(file: string, bytes: Uint8Array): Promise<ReadResult> {
  const sync = readSourceSync(file, bytes);
  if (sync) return sync;
  const format = formatOf(file);
  try {
    switch (format) {
      case "md":
        return (await import("./markdown.ts")).readMarkdown(bytes);
      case "html":
        return (await import("./html.ts")).readHtml(bytes);
      case "docx":
        return (await import("./docx.ts")).readDocx(bytes);
      default:
        return (await import("./pdf.ts")).readPdf(bytes);
    }
  } catch (err) {
    // A parsing library that throws on a malformed file fails that file only, never the whole run.
    const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { ok: false, stage: "read", message: `cannot read this ${format} file: ${why}` };
  }
}
