import type { CodePoints } from "./offsets.ts";

/** A row that points into a document with code-point offsets. */
interface SpanRow {
  doc_id: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Checks that every row's `text` is exactly the code-point slice `[start, end)` of
 * its document's text. A mismatch is a programming error, so it throws with context.
 */
export function assertProvenance(table: string, rows: readonly SpanRow[], docs: ReadonlyMap<string, CodePoints>): void {
  for (const [i, row] of rows.entries()) {
    const doc = docs.get(row.doc_id);
    if (!doc) throw new Error(`provenance: ${table} row ${i} points to unknown document ${row.doc_id}`);
    const ok = Number.isInteger(row.start) && Number.isInteger(row.end) && row.start >= 0 && row.start <= row.end && row.end <= doc.length;
    const slice = ok ? doc.slice(row.start, row.end) : null;
    if (slice !== row.text)
      throw new Error(
        `provenance: ${table} row ${i} of document ${row.doc_id} has text ${JSON.stringify(row.text)} but [${row.start}, ${row.end}) is ${
          slice === null ? `out of range (length ${doc.length})` : JSON.stringify(slice)
        }`,
      );
  }
}

/** Checks that a UTF-16 span of `text` reads `expected`; throws naming the producer otherwise. */
export function assertUtf16Span(producer: string, text: string, span: { start: number; end: number; text: string }): void {
  const ok =
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
  const slice = ok ? text.slice(span.start, span.end) : null;
  if (slice !== span.text)
    throw new Error(
      `provenance: ${producer} returned [${span.start}, ${span.end}) with text ${JSON.stringify(span.text)} but that span is ${
        slice === null ? `out of range (length ${text.length})` : JSON.stringify(slice)
      }`,
    );
}
