// Repeated strings staged as integer codes. Most text columns of facts, sentences and mentions repeat a
// few values (the document id, 亿元, amount, the region path …); handing DuckDB each one is a native call
// that converts and copies the string, ~17 per fact, ~3.8M for the facts of the 1000× bench corpus, on the
// main thread the workers wait on. A code is a number copied with the rest of the chunk; the COPY to
// Parquet turns codes back into the strings (the bytes written are the same: the writer sees the same values).

/** Distinct values a column codes at most. */
const MAX_CODES = 65_536;
/** Values seen before a column whose values are mostly distinct (ids, texts) stops coding. */
const PROBE = 64;
/** Longer values (sentences, document texts) are never coded: they do not repeat, and the dictionary is held in memory. */
const MAX_LENGTH = 64;

/**
 * One column's dictionary: `code(value)` is the value's code, or -1 once the column has stopped coding
 * (too many distinct values); the values already coded keep their codes. `values[code]` is the value.
 */
export class StringCodes {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];
  private seen = 0;
  private open = true;

  /** `count` (default 1): how many rows the value stands for, as if coded once for each. */
  code(value: string, count = 1): number {
    if (!this.open || value.length > MAX_LENGTH) return -1;
    this.seen += count;
    const known = this.index.get(value);
    if (known !== undefined) return known;
    const n = this.values.length;
    if (n >= MAX_CODES || (this.seen >= PROBE && n * 4 > this.seen)) {
      this.open = false;
      return -1;
    }
    this.index.set(value, n);
    this.values.push(value);
    return n;
  }
}

/** The staging column holding the codes of text column `name` (beside `name`, which holds the values not coded). */
export const codeColumn = (name: string): string => `${name}#code`;
