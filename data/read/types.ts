// Internal types of the reading stage.

/** Encoding a file was decoded from. */
export type Encoding = "utf-8" | "utf-8-bom" | "gb18030";

/** Outcome of decoding one file: the text, or why the file is not readable text. */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; stage: "read" | "decode"; message: string };

/** File format of a report (documents.format). */
export type Format = "txt" | "md" | "docx" | "html" | "pdf";

/** Where a line of the extracted text came from: page (PDF) or paragraph (Word, HTML, Markdown), 1-based. */
export interface Location {
  page: number | null;
  paragraph: number | null;
}

/** Document metadata given by the file itself (properties, front matter, page meta), each null when absent. */
export interface SourceMeta {
  title: string | null;
  /** ISO date (YYYY-MM-DD) the file says it was published or created. */
  published: string | null;
  /** Publisher or author the file names (来源, ContentSource, front matter source/author). */
  source: string | null;
}

/**
 * A file's text as its reader extracted it, before normalizing: `raw` has one
 * line per entry of `lines` (the non-empty lines, in order), each with its location.
 */
export interface Source {
  format: Format;
  /** Encoding of text formats; null for Word and PDF. */
  encoding: Encoding | null;
  raw: string;
  /** Location of each non-empty line of `raw`; null when the format has none (plain text). */
  lines: Location[] | null;
  /** Lines broken mid-sentence should be glued back (plain text, PDF). */
  rejoin: boolean;
  meta: SourceMeta;
}

/** Outcome of reading one file: its source text, or why it cannot be read (stage and reason). */
export type ReadResult = { ok: true; source: Source } | { ok: false; stage: "read" | "decode"; message: string };
