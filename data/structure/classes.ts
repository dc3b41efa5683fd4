// One table lookup per character instead of searching a string of marks for each one
// (the split runs over every character of every report).
import { CLOSERS, OPENERS, TERMINATORS } from "./lexicon.ts";

/** Class bits of a UTF-16 code unit in CHAR_CLASS. */
export const TERMINATOR = 1;
export const OPENER = 2;
export const CLOSER = 4;
/** White space as String.prototype.trim and /\s/ see it. */
export const SPACE = 8;
/** A letter or number (\p{L}\p{N}) of the Basic Multilingual Plane. */
export const WORD = 16;
/** A high surrogate: the character is a pair, classified by the caller. */
export const HIGH_SURROGATE = 32;

/** Class bits of every UTF-16 code unit. */
export const CHAR_CLASS = new Uint8Array(0x10000);
/** For openers and closers, 1 + the index of their pair in OPENERS/CLOSERS; 0 for other characters. */
export const PAIR_OF = new Uint8Array(0x10000);

function mark(chars: string, bit: number): void {
  for (let i = 0; i < chars.length; i++) CHAR_CLASS[chars.charCodeAt(i)]! |= bit;
}

mark(TERMINATORS, TERMINATOR);
mark(OPENERS, OPENER);
mark(CLOSERS, CLOSER);
for (let i = 0; i < OPENERS.length; i++) {
  PAIR_OF[OPENERS.charCodeAt(i)] = i + 1;
  PAIR_OF[CLOSERS.charCodeAt(i)] = i + 1;
}
// Derived from the regular expressions themselves, so the table agrees with them by construction.
const SPACE_RE = /\s/;
const WORD_RE = /[\p{L}\p{N}]/u;
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c <= 0xdbff) CHAR_CLASS[c]! |= HIGH_SURROGATE;
    continue;
  }
  const s = String.fromCharCode(c);
  if (SPACE_RE.test(s)) CHAR_CLASS[c]! |= SPACE;
  else if (WORD_RE.test(s)) CHAR_CLASS[c]! |= WORD;
}

/** True when `text[from, to)` has a letter or number (WORDLIKE), astral characters included. */
export function hasWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const cls = CHAR_CLASS[text.charCodeAt(i)]!;
    if (cls & WORD) return true;
    if (cls & HIGH_SURROGATE && i + 1 < to && WORD_RE.test(text.slice(i, i + 2))) return true;
  }
  return false;
}
