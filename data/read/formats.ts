import type { Format } from "./types.ts";

/** File extensions ingest reads, and the format each is read as. */
export const EXTENSION_FORMAT: Readonly<Record<string, Format>> = {
  txt: "txt",
  md: "md",
  markdown: "md",
  docx: "docx",
  html: "html",
  htm: "html",
  pdf: "pdf",
};

/** The supported extensions, for messages: ".txt, .md, …". */
export const SUPPORTED = Object.keys(EXTENSION_FORMAT)
  .map((e) => `.${e}`)
  .join(", ");

/** The format a file name's extension says, or null for an extension ingest does not read. */
export function formatOf(name: string): Format | null {
  const dot = name.lastIndexOf(".");
  if (dot === -1 || dot < name.lastIndexOf("/")) return null;
  return EXTENSION_FORMAT[name.slice(dot + 1).toLowerCase()] ?? null;
}

/** What a scanned PDF is told (issue text: the analyst needs OCR first). */
export const NO_TEXT_LAYER = "扫描件，没有文字层：需要先做 OCR";

/** How the message of a skipped file (an error row of stage read) starts. */
export const SKIPPED = "skipped: ";

/** True for the error message of a file skipped for its format (not a failure to read a report). */
export function isSkipped(message: string): boolean {
  return message.startsWith(SKIPPED);
}

/** Why a file is skipped, for the summary and errors.parquet. */
export function skipReason(name: string): string {
  const dot = name.lastIndexOf(".");
  const ext = dot === -1 || dot < name.lastIndexOf("/") ? "no extension" : `extension ${name.slice(dot)}`;
  return `${SKIPPED}${ext} is not a report format ingest reads (it reads ${SUPPORTED})`;
}
