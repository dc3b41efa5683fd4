// The report reader's data, computed at build time (one JSON file per report in the
// corpus archive) so a report opens without starting DuckDB-WASM.
import type { DocumentRow, EntityRow, EventRow, FactRow, MentionRow, SentenceRow } from "./index.js";

/** One report with everything the reader highlights; offsets are code points into `document.text`. */
export interface ReaderData {
  document: DocumentRow;
  /** Every fact of the report, by start then id. */
  facts: FactRow[];
  sentences: Array<Pick<SentenceRow, "sentence_id" | "section" | "start" | "end" | "page" | "paragraph">>;
  /** Mentions with their entity's name and type, by start. */
  mentions: Array<Pick<MentionRow, "entity_id" | "start" | "end" | "text" | "role"> & Pick<EntityRow, "name" | "type">>;
  /** Events by start. */
  events: EventRow[];
}

/** Member name of a report's reader data in the corpus archive (and under src/data/corpus/ for pages). */
export const readerMember = (docId: string): string => `reports/${docId}.json`;
