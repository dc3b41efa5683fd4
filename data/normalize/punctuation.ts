import { CLOSING_MARKS, LINE_CLOSERS, SENTENCE_TERMINATORS } from "./lexicon.ts";

/**
 * True when a line ends a sentence: its last character, before any closing quotes
 * or brackets, is sentence-final (。！？；… or a colon that opens a list).
 * "推行“标准地”" is open: the quote closes a term, not a sentence.
 */
export function endsClosed(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSING_MARKS.includes(line[i]!)) i--;
  if (i < 0) return false;
  const c = line[i]!;
  // A trailing ASCII '.' after a digit is a list number or a truncated decimal, not an ending.
  if (c === ".") return i > 0 && !/\d/.test(line[i - 1]!);
  return LINE_CLOSERS.includes(c);
}

const TERMINATOR_UNITS = new Set([...SENTENCE_TERMINATORS].map((c) => c.charCodeAt(0)));

/** True when the text has a sentence terminator anywhere (。！？；!?;). */
export function hasTerminator(text: string): boolean {
  // By UTF-16 unit (every terminator is one unit): no string per character.
  for (let i = 0; i < text.length; i++) if (TERMINATOR_UNITS.has(text.charCodeAt(i))) return true;
  return false;
}
