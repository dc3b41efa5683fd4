// A document's rows of a staged table (sentences, facts) as column batches, built where the rows are
// made: in the worker thread. The main thread then copies each batch into DuckDB's data chunks
// (ChunkAppender.appendBatch) without rebuilding a row object per sentence and fact, reading every
// value back by name and checking its type: at 1000× the bench corpus that was ~550,000 objects of
// up to 27 fields, deserialized, built and read on the thread the workers wait on. Typed arrays cross
// threads as one copy each; repeated texts once per document.

import type { FactRow, SentenceRow } from "../types.ts";
import { type ColumnType, TABLES, type TableSpec } from "./schema.ts";

/** One column of a batch, in the table's column order. */
export type BatchColumn =
  /** INTEGER, DOUBLE or BOOLEAN values (0/1), and a 1 in `nulls` for each null row (no array when none is). */
  | { kind: "numbers"; data: Int32Array | Float64Array | Uint8Array; nulls: Uint8Array | null }
  /** Texts with few distinct values: `codes[i]` indexes `dictionary`, -1 is null. */
  | { kind: "strings"; dictionary: string[]; codes: Int32Array }
  /** Mostly distinct texts, or nulls. */
  | { kind: "values"; values: (string | null)[] }
  /** Texts that are slices [starts[i], ends[i]) (UTF-16) of the document's text, which the batch does not carry. */
  | { kind: "slices"; starts: Int32Array; ends: Int32Array };

/** Rows of one table for one document, column by column. */
export interface StageBatch {
  rows: number;
  columns: BatchColumn[];
}

/** A document's staged rows: its sentences and its facts, each in the order they are written. */
export interface StagedRows {
  sentences: StageBatch;
  facts: StageBatch;
}

function badValue(where: string, type: ColumnType, value: unknown): TypeError {
  return new TypeError(`writeParquet: ${where} should be ${type}, got ${JSON.stringify(value)}`);
}

function numbers(table: string, name: string, type: ColumnType, values: readonly unknown[]): BatchColumn {
  const n = values.length;
  const data = type === "INTEGER" ? new Int32Array(n) : type === "DOUBLE" ? new Float64Array(n) : new Uint8Array(n);
  let nulls: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (value === null || value === undefined) {
      nulls ??= new Uint8Array(n);
      nulls[i] = 1;
    } else if (type === "INTEGER") {
      if (!Number.isInteger(value) || (value as number) < -2147483648 || (value as number) > 2147483647)
        throw badValue(`${table}[${i}].${name}`, type, value);
      data[i] = value as number;
    } else if (type === "DOUBLE") {
      if (typeof value !== "number") throw badValue(`${table}[${i}].${name}`, type, value);
      data[i] = value;
    } else {
      if (typeof value !== "boolean") throw badValue(`${table}[${i}].${name}`, type, value);
      data[i] = value ? 1 : 0;
    }
  }
  return { kind: "numbers", data, nulls };
}

function texts(table: string, name: string, type: ColumnType, values: readonly unknown[]): BatchColumn {
  const n = values.length;
  const index = new Map<string, number>();
  const dictionary: string[] = [];
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (value === null || value === undefined) {
      codes[i] = -1;
      continue;
    }
    if (typeof value !== "string") throw badValue(`${table}[${i}].${name}`, type, value);
    let code = index.get(value);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(value);
      index.set(value, code);
    }
    codes[i] = code;
  }
  // Mostly distinct texts (ids, quotes) gain nothing from a dictionary.
  if (dictionary.length * 2 <= n) return { kind: "strings", dictionary, codes };
  return { kind: "values", values: values.map((v) => (v === undefined ? null : (v as string | null))) };
}

/**
 * The batch of `rows` (objects with the table's columns by name) of table `spec`, type-checked as
 * appending them one by one would check them. A column named in `slices` is given by its offsets
 * into the document text instead of its values.
 */
export function stageBatch(
  spec: TableSpec,
  rows: readonly object[],
  slices: ReadonlyMap<string, { starts: Int32Array; ends: Int32Array }> = new Map(),
): StageBatch {
  const columns = spec.columns.map(([name, type]): BatchColumn => {
    const slice = slices.get(name);
    if (slice) {
      if (slice.starts.length !== rows.length || slice.ends.length !== rows.length)
        throw new TypeError(`stageBatch: ${spec.name}.${name} has ${slice.starts.length} slices for ${rows.length} rows`);
      return { kind: "slices", ...slice };
    }
    const values = rows.map((r) => (r as Record<string, unknown>)[name]);
    if (type === "VARCHAR" || type === "DATE") return texts(spec.name, name, type, values);
    if (type === "INTEGER" || type === "DOUBLE" || type === "BOOLEAN") return numbers(spec.name, name, type, values);
    throw new TypeError(`stageBatch: ${spec.name}.${name} is ${type}, which batches do not hold`);
  });
  return { rows: rows.length, columns };
}

const tableSpec = (name: TableSpec["name"]): TableSpec => TABLES.find((t) => t.name === name)!;
const SENTENCES = tableSpec("sentences");
const FACTS = tableSpec("facts");

/**
 * A document's sentence and fact rows as batches. Sentence texts are given as offsets into `text`
 * (the document's text), from its sentence spans (UTF-16 offsets, by sentence id).
 */
export function stageRows(
  text: string,
  spans: ReadonlyArray<{ sentence_id: string; start: number; end: number }>,
  sentences: readonly SentenceRow[],
  facts: readonly FactRow[],
): StagedRows {
  const byId = new Map(spans.map((s) => [s.sentence_id, s]));
  const starts = new Int32Array(sentences.length);
  const ends = new Int32Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const row = sentences[i]!;
    const span = byId.get(row.sentence_id);
    // The row's text is the span's text: anything else is a programming error, never silently restaged.
    if (!span || text.slice(span.start, span.end) !== row.text)
      throw new Error(`stageRows: sentence ${row.sentence_id} is not the slice of the document text its span gives`);
    starts[i] = span.start;
    ends[i] = span.end;
  }
  return {
    sentences: stageBatch(SENTENCES, sentences, new Map([["text", { starts, ends }]])),
    facts: stageBatch(FACTS, facts),
  };
}

/** The facts the corpus-level steps read once sentences and facts are staged: the derived tables' (those with an indicator). */
export function corpusFacts(facts: readonly FactRow[]): FactRow[] {
  return facts.filter((f) => f.indicator !== null);
}
