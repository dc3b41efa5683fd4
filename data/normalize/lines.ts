import { INVISIBLE, LETTER_SPACED_LINE, LINE_BREAK } from "./lexicon.ts";
import type { SourceLine } from "./types.ts";

/**
 * Splits raw text into non-empty lines with line breaks unified, invisible
 * characters removed and surrounding whitespace trimmed; blank runs are counted.
 * A letter-spaced line (政 府 工 作 报 告) is closed up, so its words are found as words.
 */
export function sourceLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blanks = 0;
  for (const line of raw.replace(INVISIBLE, "").split(LINE_BREAK)) {
    const trimmed = line.trim();
    const text = LETTER_SPACED_LINE.test(trimmed) ? trimmed.replace(/[ \u3000]/g, "") : trimmed;
    if (text === "") {
      blanks++;
      continue;
    }
    lines.push({ text, blanksBefore: blanks });
    blanks = 0;
  }
  return lines;
}
