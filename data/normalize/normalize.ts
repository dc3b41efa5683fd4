import { isBoilerplate } from "./boilerplate.ts";
import { sourceLines } from "./lines.ts";
import { rejoinParagraphs } from "./rejoin.ts";
import type { Normalized } from "./types.ts";

/**
 * Normalizes decoded text into what documents.text stores: unified line breaks,
 * trimmed lines, boilerplate dropped, mid-sentence breaks rejoined, paragraphs
 * separated by exactly one blank line. Characters are kept as written (full-width
 * digits and punctuation stay; use `toMatchView` for matching).
 */
export function normalizeText(raw: string): Normalized {
  if (typeof raw !== "string") throw new TypeError(`normalizeText: expected a string, got ${typeof raw}`);
  const dropped: string[] = [];
  const kept = sourceLines(raw).filter((line) => {
    if (!isBoilerplate(line.text)) return true;
    dropped.push(line.text);
    return false;
  });
  return { text: rejoinParagraphs(kept).join("\n\n"), dropped };
}
