import type { DocContext, FactRow, MentionDraft, SentenceRow, SentenceSpan } from "../types.ts";
import { corpusFacts, stageRows } from "./batch.ts";
import { columnReaders, interner, type PackedRows, packRows, unpackRows } from "./columns.ts";
import type { ProcessedDocument, ProcessFailure, ProcessResult } from "./types.ts";

/** Rows by column (see columns.ts), or as they are when they do not share one shape. */
type Rows<T> = { columns: PackedRows } | { rows: T[] };

/** A ProcessedDocument as a worker posts it: the document text once, sentence texts left out, rows by column. */
export interface PackedDocument extends Omit<ProcessedDocument, "context" | "sentences" | "facts" | "mentions"> {
  context: Omit<DocContext, "text" | "sentences"> & { sentences: Rows<Omit<SentenceSpan, "text">> };
  sentences: Rows<Omit<SentenceRow, "text">>;
  facts: Rows<FactRow>;
  mentions: Rows<MentionDraft>;
}

/** What a worker posts for one file. */
export type PackedResult = PackedDocument | ProcessFailure;

function pack<T extends object>(rows: T[]): Rows<T> {
  const columns = packRows(rows);
  return columns ? { columns } : { rows };
}

function unpack<T>(rows: Rows<T>, intern: (s: string) => string): T[] {
  return "rows" in rows ? rows.rows : unpackRows<T>(rows.columns, intern);
}

/** Columns of untexted sentence spans or rows, by key. */
function readersOf<T>(rows: Rows<T>, intern: (s: string) => string): (key: keyof T & string) => (i: number) => unknown {
  const columns = "rows" in rows ? packRows(rows.rows as object[])! : rows.columns;
  const readers = columnReaders(columns, intern);
  return (key) => {
    const read = readers.get(key);
    if (read) return read;
    if (columns.length === 0) return () => undefined;
    throw new TypeError(`unpackResult: sentence column ${key} is missing`);
  };
}

/**
 * Drops every copy of text that `unpackResult` rebuilds from `document.text`, and sends the row
 * lists by column. Posting a message copies each string separately, so the document text would
 * otherwise arrive four times (document, context, sentence spans, sentence rows) and every repeated
 * value of every row (document id, unit, kind …) once per row. With `staging` (the receiver stages
 * sentences and facts, see ProcessedDocument.staged), sentences and facts go as batches to stage, only
 * the facts the corpus-level steps read go as rows, and no sentence spans go at all.
 */
export function packResult(result: ProcessResult, staging = false): PackedResult {
  if (!result.ok) return result;
  const { text, sentences: spans, ...context } = result.context;
  const staged = staging ? stageRows(text, spans, result.sentences, result.facts) : undefined;
  return {
    ...result,
    // Staged, the spans have served (stageRows) and nothing after staging reads them (events read the text).
    context: { ...context, sentences: pack(staged ? [] : spans.map(({ text: _t, ...s }) => s)) },
    sentences: pack(staged ? [] : result.sentences.map(({ text: _t, ...s }) => s)),
    facts: pack(staged ? corpusFacts(result.facts) : result.facts),
    mentions: pack(result.mentions),
    ...(staged ? { staged } : {}),
  };
}

/**
 * Rebuilds a ProcessedDocument from `packResult`'s output; sentence texts become slices of the one
 * document text. `intern` (one per corpus) makes equal strings of different documents one string.
 */
export function unpackResult(packed: PackedResult, intern: (s: string) => string = interner()): ProcessResult {
  if (!packed.ok) return packed;
  const text = packed.document.text;
  const { sentences: packedRows, context: packedContext, facts, mentions, ...rest } = packed;
  const span = readersOf(packedContext.sentences, intern);
  const n = "rows" in packedContext.sentences ? packedContext.sentences.rows.length : packedContext.sentences.columns.length;
  const m = "rows" in packedRows ? packedRows.rows.length : packedRows.columns.length;
  // Staged sentences come as a batch, without rows.
  if (m !== (packed.staged ? 0 : n)) throw new TypeError(`unpackResult: ${m} sentence rows for ${n} sentence spans`);
  const [spanId, spanSection, spanStart, spanEnd] = (["sentence_id", "section", "start", "end"] as const).map(span);
  const spans: SentenceSpan[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = spanStart!(i) as number;
    const end = spanEnd!(i) as number;
    spans[i] = {
      sentence_id: spanId!(i) as string,
      section: spanSection!(i) as string | null,
      start,
      end,
      text: text.slice(start, end),
    };
  }
  // Row i is span i with code-point offsets (sentenceRows maps the spans in order).
  const row = readersOf(packedRows, intern);
  const [docId, sentenceId, section, start, end, page, paragraph] = (
    ["doc_id", "sentence_id", "section", "start", "end", "page", "paragraph"] as const
  ).map(row);
  const sentences: SentenceRow[] = new Array(m);
  for (let i = 0; i < m; i++)
    sentences[i] = {
      doc_id: docId!(i) as string,
      sentence_id: sentenceId!(i) as string,
      section: section!(i) as string | null,
      start: start!(i) as number,
      end: end!(i) as number,
      text: spans[i]!.text,
      page: page!(i) as number | null,
      paragraph: paragraph!(i) as number | null,
    };
  const { doc_id, title, region, year, published } = packedContext;
  const context: DocContext = { doc_id, text, title, sentences: spans, region, year, published };
  return { ...rest, context, sentences, facts: unpack(facts, intern), mentions: unpack(mentions, intern) };
}
