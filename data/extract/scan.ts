// One scan per sentence for where a quantity can start, shared by every extractor (issue 16):
// the extractors' patterns are sticky and tried only at these positions, instead of each
// global pattern trying every position of the sentence.
import { PREFIX_QUALIFIER } from "./lexicon.ts";

/** Characters a quantity can start with: a numeral (Arabic digit or Chinese), a sign, or a qualifier word (约, 超过 …). */
export const QUANTITY_START = 1;
/** 上万人, 数百家: the approximate-count prefixes. */
export const APPROX_START = 2;
/** 第, 首 (首位): ranks. */
export const RANK_START = 4;
/** A numeral character (首 of 首位 too): no extractor matches a sentence without one. */
const NUMERAL_CHAR = 8;

const CLASS = new Uint8Array(0x10000);
function mark(chars: Iterable<string>, bits: number): void {
  for (const c of chars) CLASS[c.charCodeAt(0)]! |= bits;
}
mark("0123456789零〇一二两三四五六七八九十百千万亿", QUANTITY_START | NUMERAL_CHAR);
mark("-−负", QUANTITY_START);
/** First characters of the qualifier words (their look-behinds stripped: they consume nothing). */
export const QUALIFIER_STARTS = PREFIX_QUALIFIER.replace(/\(\?<!\[[^\]]*\]\)/g, "")
  .split("|")
  .map((word) => word[0]!);
mark(QUALIFIER_STARTS, QUANTITY_START);
mark("上数", APPROX_START);
mark("第", RANK_START);
// 首 of 首位 (first place, rank 1) is a numeral of its own: a sentence with no other (跃居全区首位。) is still scanned.
mark("首", RANK_START | NUMERAL_CHAR);

// The last sentence scanned: its start positions and their classes (extractors run one after another on one view).
let scanned: string | null = null;
let hasNumeral = false;
let count = 0;
let positions = new Int32Array(256);
let classes = new Uint8Array(256);

// Words the extractors' matches need (their units), in groups, one per skipToStart with `needs`: the last
// start of a word of each group is found for all groups in one walk of a sentence that has a numeral.
/** Per UTF-16 unit, the groups (bits) with a word starting with it. */
const NEED_FIRST = new Uint32Array(0x10000);
/** Per group, its words by first unit. */
const needWords: Map<number, string[]>[] = [];
/** Per group, the last index of the last sentence where one of its words starts (-1: none). */
let lastNeeds = new Int32Array(0);
let needsScanned: string | null = null;

function needGroup(words: readonly string[]): number {
  const group = needWords.length;
  if (group >= 32) throw new RangeError("skipToStart: at most 32 extractors with needed words");
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    const first = w.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), w]);
    NEED_FIRST[first]! |= 1 << group;
  }
  needWords.push(byFirst);
  lastNeeds = new Int32Array(needWords.length);
  needsScanned = null;
  return group;
}

function scanNeeds(text: string): void {
  if (text === needsScanned) return;
  lastNeeds.fill(-1);
  for (let i = 0; i < text.length; i++) {
    let bits = NEED_FIRST[text.charCodeAt(i)]!;
    while (bits !== 0) {
      const group = 31 - Math.clz32(bits);
      bits &= ~(1 << group);
      for (const w of needWords[group]!.get(text.charCodeAt(i))!)
        if (text.startsWith(w, i)) {
          lastNeeds[group] = i;
          break;
        }
    }
  }
  needsScanned = text;
}

function scan(text: string): void {
  if (text === scanned) return;
  count = 0;
  hasNumeral = false;
  for (let i = 0; i < text.length; i++) {
    const bits = CLASS[text.charCodeAt(i)]!;
    if (bits === 0) continue;
    if (count === positions.length) {
      const grown = new Int32Array(count * 2);
      grown.set(positions);
      positions = grown;
      const grownClasses = new Uint8Array(count * 2);
      grownClasses.set(classes);
      classes = grownClasses;
    }
    positions[count] = i;
    classes[count++] = bits;
    if (bits & NUMERAL_CHAR) hasNumeral = true;
  }
  scanned = text;
}

/** The literal words of an alternation of units (个(?!千分点), (?<=[万亿]\s*)度): its lookarounds dropped. */
export function literalWords(alternatives: readonly string[]): string[] {
  return alternatives.map((a) => {
    const word = a.replace(/\(\?<?[=!](?:\[[^\]]*\]|[^()])*\)/g, "");
    if (word === "" || /[\\()[\]{}|?*+.^$]/.test(word))
      throw new TypeError(`literalWords: ${JSON.stringify(a)} is not a word with lookarounds`);
    return word;
  });
}

/**
 * A `skipTo` for the engine: the first position at or after `from` whose character can start a
 * match of an extractor with these start classes; past the end when none can (or when the
 * sentence has no numeral at all, which every quantity needs). With `needs` (words one of which
 * every match of the pattern holds, its unit), also past the end once `from` is after the last of them.
 */
export function skipToStart(mask: number, needs: readonly string[] = []): (text: string, from: number) => number {
  const group = needs.length > 0 ? needGroup(needs) : -1;
  return (text, from) => {
    scan(text);
    if (!hasNumeral) return text.length + 1;
    let last = text.length;
    if (group >= 0) {
      scanNeeds(text);
      last = lastNeeds[group]!;
      if (from > last) return text.length + 1;
    }
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (positions[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < count && positions[k]! <= last; k++) if (classes[k]! & mask) return positions[k]!;
    return text.length + 1;
  };
}
