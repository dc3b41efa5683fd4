/**
 * Converts between UTF-16 indices and Unicode code-point offsets of one text.
 * Only astral characters (surrogate pairs) differ, so it stores their positions
 * instead of a table per character (a 50 MB text stays cheap).
 */
export class CodePoints {
  /** UTF-16 index of the high surrogate of each pair, ascending. */
  private readonly pairs: number[] = [];
  /** Length of the text in code points. */
  readonly length: number;

  constructor(readonly text: string) {
    if (typeof text !== "string") throw new TypeError(`CodePoints: expected a string, got ${typeof text}`);
    for (const m of text.matchAll(/[\ud800-\udbff][\udc00-\udfff]/g)) this.pairs.push(m.index);
    this.length = text.length - this.pairs.length;
  }

  /** Number of pairs whose high surrogate is at a UTF-16 index below `u16`. */
  private pairsBefore(u16: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid]! < u16) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Code-point offset of a UTF-16 index; a RangeError inside a surrogate pair or out of range. */
  toCodePoint(u16: number): number {
    if (!Number.isInteger(u16) || u16 < 0 || u16 > this.text.length)
      throw new RangeError(`CodePoints.toCodePoint: ${u16} is not an index of a text of UTF-16 length ${this.text.length}`);
    const before = this.pairsBefore(u16);
    if (before > 0 && this.pairs[before - 1] === u16 - 1) throw new RangeError(`CodePoints.toCodePoint: ${u16} splits a surrogate pair`);
    return u16 - before;
  }

  /** UTF-16 index of a code-point offset. */
  toUtf16(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.length)
      throw new RangeError(`CodePoints.toUtf16: ${cp} is not an offset of a text of ${this.length} code points`);
    // Pair k sits at code point pairs[k] - k; count the pairs before `cp`.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid]! - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
