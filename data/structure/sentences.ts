import { ASCII_WORD, CLOSERS, DIGIT, TERMINATORS, WORDLIKE } from "./lexicon.ts";
import { quoteDepth } from "./quotes.ts";

/**
 * True when the ASCII period at `i` ends a sentence: not a decimal point (43.31),
 * not a list number ("1. 聚焦"), not part of "..." or a domain/abbreviation
 * followed directly by a letter or digit.
 */
function periodEnds(text: string, i: number, segmentStart: number, to: number): boolean {
  const prev = text[i - 1] ?? "";
  const next = i + 1 < to ? text[i + 1]! : "";
  if (prev === "." || next === ".") return false;
  if (ASCII_WORD.test(next)) return false;
  if (DIGIT.test(prev) && /^\s*\d+$/.test(text.slice(segmentStart, i))) return false;
  return next === "" || /\s/.test(next) || !/[\x21-\x7e]/.test(next);
}

/**
 * Sentence spans `[start, end)` (UTF-16, trimmed) in `text[from, to)`. Splits after
 * 。！？； and their ASCII forms (a period only where it ends a sentence), keeping
 * runs like "！？" and closing quotes with the sentence; a terminator inside
 * matched quotes or brackets (“…；…”, （…。…）) does not split unless the quote
 * closes right after it. Spans without a letter or digit are dropped.
 */
export function sentenceSpans(text: string, from: number, to: number): Array<[number, number]> {
  if (!(from >= 0 && to <= text.length && from <= to))
    throw new RangeError(`sentenceSpans: bad range [${from}, ${to}) for length ${text.length}`);
  const depth = quoteDepth(text, from, to);
  const spans: Array<[number, number]> = [];
  const push = (s: number, e: number) => {
    const raw = text.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (WORDLIKE.test(trimmed)) spans.push([s + lead, s + lead + trimmed.length]);
  };
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    const ends = TERMINATORS.includes(c) || (c === "." && periodEnds(text, i, start, to));
    if (!ends) continue;
    let k = i + 1;
    while (k < to && TERMINATORS.includes(text[k]!)) k++;
    while (k < to && CLOSERS.includes(text[k]!)) k++;
    if (depth[i - from]! > 0 && depth[k - from]! > 0) continue;
    push(start, k);
    start = k;
    i = k - 1;
  }
  if (start < to) push(start, to);
  return spans;
}
