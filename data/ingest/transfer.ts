import type { DocContext, SentenceRow, SentenceSpan } from "../types.ts";
import type { ProcessedDocument, ProcessFailure, ProcessResult } from "./types.ts";

/** A sentence span or row without its text, which is a slice of the document text. */
type Untexted<T> = Omit<T, "text">;

/** A ProcessedDocument as a worker posts it: the document text once, sentence texts left out. */
export interface PackedDocument extends Omit<ProcessedDocument, "context" | "sentences"> {
  context: Omit<DocContext, "text" | "sentences"> & { sentences: Untexted<SentenceSpan>[] };
  sentences: Untexted<SentenceRow>[];
}

/** What a worker posts for one file. */
export type PackedResult = PackedDocument | ProcessFailure;

/**
 * Drops every copy of text that `unpackResult` rebuilds from `document.text`. Posting a
 * message copies each string separately, so the document text would otherwise arrive four
 * times (document, context, sentence spans, sentence rows) and stay four times in memory
 * until the corpus is linked.
 */
export function packResult(result: ProcessResult): PackedResult {
  if (!result.ok) return result;
  const { text: _text, sentences: spans, ...context } = result.context;
  return {
    ...result,
    context: { ...context, sentences: spans.map(({ text: _t, ...s }) => s) },
    sentences: result.sentences.map(({ text: _t, ...s }) => s),
  };
}

/** Rebuilds a ProcessedDocument from `packResult`'s output; sentence texts become slices of the one document text. */
export function unpackResult(packed: PackedResult): ProcessResult {
  if (!packed.ok) return packed;
  const text = packed.document.text;
  const { sentences: rows, context: packedContext, ...rest } = packed;
  if (rows.length !== packedContext.sentences.length)
    throw new TypeError(`unpackResult: ${rows.length} sentence rows for ${packedContext.sentences.length} sentence spans`);
  // Object literals, not spreads: spreading deserialized objects gave each row its own hidden class.
  const spans: SentenceSpan[] = packedContext.sentences.map((s) => ({
    sentence_id: s.sentence_id,
    section: s.section,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
  }));
  // Row i is span i with code-point offsets (sentenceRows maps the spans in order).
  const sentences: SentenceRow[] = rows.map((r, i) => ({
    doc_id: r.doc_id,
    sentence_id: r.sentence_id,
    section: r.section,
    start: r.start,
    end: r.end,
    text: spans[i]!.text,
    page: r.page,
    paragraph: r.paragraph,
  }));
  const { doc_id, title, region, year, published } = packedContext;
  const context: DocContext = { doc_id, text, title, sentences: spans, region, year, published };
  return { ...rest, context, sentences };
}
