import { lineKind } from "../normalize/index.ts";
import type { Block } from "./types.ts";

/**
 * Splits normalized text into one block per non-empty line and classifies each as
 * heading, byline or paragraph (front matter is decided later).
 */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const trimmed = raw.trim();
    if (trimmed !== "") {
      const start = lineStart + raw.length - raw.trimStart().length;
      const end = start + trimmed.length;
      const kind = lineKind(trimmed);
      if (kind.kind === "heading")
        blocks.push({ kind: "heading", start, contentStart: start + kind.contentStart, end, level: kind.level, marker: kind.marker });
      else if (kind.kind === "byline")
        blocks.push({ kind: "byline", start, contentStart: start + kind.contentStart, end, level: 0, marker: null });
      else blocks.push({ kind: "paragraph", start, contentStart: start, end, level: 0, marker: null });
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/**
 * Unmarked short lines after the last real paragraph are image captions (a
 * heading needs text under it), so they become paragraphs.
 */
export function demoteTrailingHeadings(blocks: readonly Block[]): Block[] {
  let first = blocks.length;
  while (first > 0 && blocks[first - 1]!.marker === "plain") first--;
  return blocks.map((b, i) => (i >= first ? { ...b, kind: "paragraph", level: 0, marker: null } : b));
}
