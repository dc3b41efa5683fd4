import type { FactDraft } from "../../types.ts";
import { documentLines } from "./cells.ts";
import { fixedWidthFacts } from "./fixed.ts";
import { stackedFacts } from "./stacked.ts";

/**
 * Facts of the text tables in a normalized document (fixed-width and one-cell-per-line), one per
 * numeric cell; `docStart` is the cell's UTF-16 offset in `text` (start/end are filled per sentence
 * by the caller). Sorted by position; a cell read by both shapes counts once. Pass the document's
 * match view (toMatchView: same length) so tables printed in traditional characters or full-width
 * digits read like the rest; the caller takes each fact's words from the document itself.
 */
export function findTableFacts(text: string): Array<FactDraft & { docStart: number }> {
  if (typeof text !== "string") throw new TypeError(`findTableFacts: expected a string, got ${typeof text}`);
  const lines = documentLines(text);
  const seen = new Set<number>();
  const out: Array<FactDraft & { docStart: number }> = [];
  for (const f of [...fixedWidthFacts(lines), ...stackedFacts(lines)]) {
    if (seen.has(f.docStart)) continue;
    seen.add(f.docStart);
    out.push(f);
  }
  return out.sort((a, b) => a.docStart - b.docStart);
}

/** A table fact as a draft of the sentence starting at `sentenceStart` (offsets relative to it). */
export function placeInSentence(f: FactDraft & { docStart: number }, sentenceStart: number): FactDraft {
  // Table cells are few: a copy without docStart is fine here (the sentence path avoids spreads).
  const { docStart, ...draft } = f;
  const start = docStart - sentenceStart;
  return { ...draft, start, end: start + f.text.length };
}
