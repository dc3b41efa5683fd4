import { demoteTrailingHeadings, textBlocks } from "./blocks.ts";
import { frontMatter } from "./front.ts";
import { sentenceSpans } from "./sentences.ts";
import type { DocumentStructure, SentenceDraft } from "./types.ts";

/**
 * Structure of a normalized document: title, subtitle, byline, blocks (headings of
 * every style and paragraphs) and sentences, each sentence labelled with the
 * nearest heading as its section (a heading's own sentences with itself; front
 * matter with null).
 */
export function structureDocument(text: string): DocumentStructure {
  if (typeof text !== "string") throw new TypeError(`structureDocument: expected a string, got ${typeof text}`);
  const front = frontMatter(text, textBlocks(text));
  const blocks = demoteTrailingHeadings(front.blocks);
  const sentences: SentenceDraft[] = [];
  let section: string | null = null;
  for (const b of blocks) {
    if (b.kind === "heading") section = text.slice(b.contentStart, b.end);
    const label = b.kind === "title" || b.kind === "subtitle" || b.kind === "byline" ? null : section;
    for (const [start, end] of sentenceSpans(text, b.contentStart, b.end))
      sentences.push({ section: label, start, end, text: text.slice(start, end) });
  }
  return { title: front.title, subtitle: front.subtitle, byline: front.byline, blocks, sentences };
}
