// Internal types of the normalizing stage.

/** A non-empty, trimmed source line and the number of blank lines before it. */
export interface SourceLine {
  text: string;
  blanksBefore: number;
}

/** What a single line is, judged on its own. */
export type LineKind =
  | { kind: "heading"; marker: "markdown" | "bullet" | "numbered" | "plain"; level: number; contentStart: number }
  | { kind: "byline"; contentStart: number }
  | { kind: "body" };

/** Normalized text and the boilerplate lines removed from it. */
export interface Normalized {
  /** Paragraphs separated by one blank line; what documents.text stores. */
  text: string;
  /** Boilerplate lines dropped from the text, in order. */
  dropped: string[];
}

/** Options of `normalizeText`. */
export interface NormalizeOptions {
  /** Glue lines broken mid-sentence (default true); false when every line is already a paragraph (Word, HTML). */
  rejoin?: boolean;
}
