import { CHAR_CLASS, CLOSER, hasWord, SPACE, TERMINATOR } from "./classes.ts";
import { quoteDepth } from "./quotes.ts";

const PERIOD = 0x2e;

/** 0-9 or ０-９ (a period between digits is a decimal point). */
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** A-Z, a-z or 0-9 (a period right before one is not a sentence end: www.x.cn, No.1). */
function isAsciiWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * True when the ASCII period at `i` ends a sentence: not a decimal point (43.31),
 * not a list number ("1. 聚焦"), not part of "..." or a domain/abbreviation
 * followed directly by a letter or digit.
 */
function periodEnds(text: string, i: number, segmentStart: number, to: number): boolean {
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
  if (prev === PERIOD || next === PERIOD) return false;
  if (next !== -1 && isAsciiWord(next)) return false;
  if (isDigit(prev) && /^\s*\d+$/.test(text.slice(segmentStart, i))) return false;
  return next === -1 || (CHAR_CLASS[next]! & SPACE) !== 0 || next < 0x21 || next > 0x7e;
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
    while (s < e && CHAR_CLASS[text.charCodeAt(s)]! & SPACE) s++;
    while (e > s && CHAR_CLASS[text.charCodeAt(e - 1)]! & SPACE) e--;
    if (hasWord(text, s, e)) spans.push([s, e]);
  };
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const ends = (CHAR_CLASS[c]! & TERMINATOR) !== 0 || (c === PERIOD && periodEnds(text, i, start, to));
    if (!ends) continue;
    let k = i + 1;
    while (k < to && CHAR_CLASS[text.charCodeAt(k)]! & TERMINATOR) k++;
    while (k < to && CHAR_CLASS[text.charCodeAt(k)]! & CLOSER) k++;
    if (depth[i - from]! > 0 && depth[k - from]! > 0) continue;
    push(start, k);
    start = k;
    i = k - 1;
  }
  if (start < to) push(start, to);
  return spans;
}
