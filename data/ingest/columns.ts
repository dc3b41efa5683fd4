// Rows as columns for posting between threads. A structured clone copies every string of every row
// separately, so 200,000 facts arrive with 200,000 copies of "亿元", of their document id and of
// every other repeated value; those copies were most of the main thread's heap at 1000× and its
// deserialization time. Repeated strings travel once per document as a dictionary and are shared
// across documents by the receiver's `intern`.

/** One column: dictionary codes (-1 null, -2 undefined) into `strings`, or the values as they are. */
type PackedColumn = { strings: string[]; codes: Int32Array } | { values: unknown[] };

/** Rows of one shape (the same keys in the same order), column by column. */
export interface PackedRows {
  length: number;
  keys: string[];
  columns: PackedColumn[];
}

const NULL = -1;
const UNDEFINED = -2;

function sameKeys(row: object, keys: readonly string[]): boolean {
  const own = Object.keys(row);
  if (own.length !== keys.length) return false;
  for (let k = 0; k < keys.length; k++) if (own[k] !== keys[k]) return false;
  return true;
}

/** A column of strings (and nulls) with few distinct values becomes a dictionary; any other stays as it is. */
function packColumn(rows: readonly object[], key: string): PackedColumn {
  const values = rows.map((r) => (r as Record<string, unknown>)[key]);
  const index = new Map<string, number>();
  const strings: string[] = [];
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) codes[i] = NULL;
    else if (v === undefined) codes[i] = UNDEFINED;
    else if (typeof v !== "string") return { values };
    else {
      let code = index.get(v);
      if (code === undefined) {
        code = strings.length;
        strings.push(v);
        index.set(v, code);
      }
      codes[i] = code;
    }
  }
  // Mostly distinct strings (ids, texts) gain nothing from a dictionary.
  return strings.length * 2 <= values.length ? { strings, codes } : { values };
}

/** Rows by column, or null when the rows do not all have the first row's keys in its order. */
export function packRows(rows: readonly object[]): PackedRows | null {
  if (rows.length === 0) return { length: 0, keys: [], columns: [] };
  const keys = Object.keys(rows[0]!);
  for (const row of rows) if (!sameKeys(row, keys)) return null;
  return { length: rows.length, keys, columns: keys.map((key) => packColumn(rows, key)) };
}

/** A reader of each column by key (row index → value); dictionary strings pass through `intern`. */
export function columnReaders(packed: PackedRows, intern: (s: string) => string): Map<string, (i: number) => unknown> {
  const readers = new Map<string, (i: number) => unknown>();
  packed.keys.forEach((key, k) => {
    const c = packed.columns[k]!;
    if ("values" in c) {
      const values = c.values;
      readers.set(key, (i) => values[i]);
      return;
    }
    const strings = c.strings.map(intern);
    const codes = c.codes;
    readers.set(key, (i) => {
      const code = codes[i]!;
      return code >= 0 ? strings[code] : code === NULL ? null : undefined;
    });
  });
  return readers;
}

/** The rows `packRows` packed (keys in the same order); dictionary strings pass through `intern`. */
export function unpackRows<T>(packed: PackedRows, intern: (s: string) => string): T[] {
  const { length, keys } = packed;
  const readers = columnReaders(packed, intern);
  const read = keys.map((key) => readers.get(key)!);
  // Each row is a copy of one template that has every key, so that the values are stored into existing fields.
  // Adding 27 properties one by one through computed keys turned each fact into a dictionary-mode object
  // (~1.8 KB instead of ~0.3 KB); JSON.parse builds the template with the keys as in-object fields.
  const template = JSON.parse(JSON.stringify(Object.fromEntries(keys.map((key) => [key, null])))) as Record<string, unknown>;
  const rows = new Array<T>(length);
  for (let i = 0; i < length; i++) {
    const row = { ...template };
    for (let k = 0; k < keys.length; k++) row[keys[k]!] = read[k]!(i);
    rows[i] = row as T;
  }
  return rows;
}

/** A string table: the first copy of each string is kept and returned for every later equal one. */
export function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const first = seen.get(s);
    if (first !== undefined) return first;
    seen.set(s, s);
    return s;
  };
}
