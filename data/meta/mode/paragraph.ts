import { PARAGRAPH_OPENING, PARAGRAPH_PLAN_CUE, PARAGRAPH_REVIEW_CUE } from "../lexicon.ts";
import type { ParagraphMode } from "../types.ts";
import { findCues } from "./cues.ts";
import { inferDocumentMode } from "./document.ts";

/**
 * Mode of every paragraph (line) of a normalized text. The zone's own future or a look back in
 * a paragraph's opening words decides for it (2024年，某高新区将继续… closes a review with a
 * plan); otherwise the
 * document's mode does, and a "mixed" document leaves the paragraph undecided (null).
 */
export function paragraphModes(text: string): ParagraphMode[] {
  const document = inferDocumentMode(text).mode;
  const out: ParagraphMode[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const end = start + line.length;
    const opening = line.slice(0, PARAGRAPH_OPENING);
    const plan = findCues(opening, [PARAGRAPH_PLAN_CUE])[0];
    const review = findCues(opening, [PARAGRAPH_REVIEW_CUE])[0];
    // The earlier cue wins when a paragraph opens with both (近年来…将).
    const own =
      plan && (!review || plan.index <= review.index)
        ? { mode: "plan" as const, cue: plan }
        : review
          ? { mode: "review" as const, cue: review }
          : null;
    if (own) out.push({ start, end, mode: own.mode, basis: `own cue: ${own.cue.text}` });
    else if (document === "mixed") out.push({ start, end, mode: null, basis: "none" });
    else out.push({ start, end, mode: document, basis: `document: ${document}` });
    start = end + 1;
  }
  return out;
}

let cached: { text: string; modes: ParagraphMode[] } | null = null;

/**
 * Mode of the paragraph containing UTF-16 index `index` of `text`. Sentences of one document
 * ask one after another, so the last document's paragraphs are kept (a pure cache: same input,
 * same answer).
 */
export function modeAt(text: string, index: number): ParagraphMode {
  if (typeof text !== "string") throw new TypeError(`modeAt(text, index) expects a string text, got ${typeof text}`);
  if (!Number.isInteger(index) || index < 0 || index > text.length)
    throw new TypeError(`modeAt: index must be an integer in [0, ${text.length}], got ${index}`);
  if (cached?.text !== text) cached = { text, modes: paragraphModes(text) };
  // Paragraphs are in order: binary search keeps a long report linear overall.
  const { modes } = cached;
  let lo = 0;
  let hi = modes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (modes[mid]!.start <= index) lo = mid;
    else hi = mid - 1;
  }
  return modes[lo]!;
}
