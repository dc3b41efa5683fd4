// Internal types of the structure stage. Offsets are UTF-16 indices into the document text.

/** Role of one line (paragraph) of normalized text. */
export type BlockKind = "title" | "subtitle" | "byline" | "heading" | "paragraph";

/** One line of normalized text; `contentStart` skips markers such as "## " or "◆ ". */
export interface Block {
  kind: BlockKind;
  start: number;
  contentStart: number;
  end: number;
  /** Heading depth (1 = top) for headings, else 0. */
  level: number;
  /** How a heading is marked (`#`, bullet, number, or plain short line); null for other blocks. */
  marker: "markdown" | "bullet" | "numbered" | "plain" | null;
}

/** A sentence before it has an id. */
export interface SentenceDraft {
  section: string | null;
  start: number;
  end: number;
  text: string;
}

/** The structure of one document. */
export interface DocumentStructure {
  /** Title as printed, without markers; "" when the text has none. */
  title: string;
  subtitle: string | null;
  byline: string | null;
  blocks: Block[];
  sentences: SentenceDraft[];
}

/** Title, subtitle and byline found at the top of a document, and the blocks re-labelled. */
export interface FrontMatter {
  title: string;
  subtitle: string | null;
  byline: string | null;
  blocks: Block[];
}
