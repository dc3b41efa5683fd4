import { INVISIBLE, LINE_BREAK } from "./lexicon.ts";
import type { SourceLine } from "./types.ts";

/**
 * Splits raw text into non-empty lines with line breaks unified, invisible
 * characters removed and surrounding whitespace trimmed; blank runs are counted.
 */
export function sourceLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blanks = 0;
  for (const line of raw.replace(INVISIBLE, "").split(LINE_BREAK)) {
    const text = line.trim();
    if (text === "") {
      blanks++;
      continue;
    }
    lines.push({ text, blanksBefore: blanks });
    blanks = 0;
  }
  return lines;
}
