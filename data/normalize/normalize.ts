import { isBoilerplate } from "./boilerplate.ts";
import { sourceLines } from "./lines.ts";
import { rejoinParagraphs } from "./rejoin.ts";
import type { Normalized, NormalizeOptions } from "./types.ts";

/**
 * Normalizes decoded text into what documents.text stores: unified line breaks,
 * trimmed lines, boilerplate dropped, mid-sentence breaks rejoined, paragraphs
 * separated by exactly one blank line. Characters are kept as written (full-width
 * digits and punctuation stay; use `toMatchView` for matching). With `rejoin: false`
 * every kept line is its own paragraph.
 */
export function normalizeText(raw: string, options: NormalizeOptions = {}): Normalized {
  if (typeof raw !== "string") throw new TypeError(`normalizeText: expected a string, got ${typeof raw}`);
  const dropped: string[] = [];
  const kept = sourceLines(raw).filter((line) => {
    if (!isBoilerplate(line.text)) return true;
    dropped.push(line.text);
    return false;
  });
  // Word and web paragraphs are real paragraphs: only plain text and PDF lines are broken mid-sentence.
  const paragraphs = options.rejoin === false ? kept.map((l) => l.text) : rejoinParagraphs(kept);
  return { text: paragraphs.join("\n\n"), dropped };
}
