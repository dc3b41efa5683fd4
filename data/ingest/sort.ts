import { compareCodeUnits } from "./files.ts";
import type { IngestResult } from "./types.ts";

/** A row with a position in a document. */
interface Positioned {
  doc_id: string;
  start: number;
  end: number;
}

/** Order by document (in file order), start, end, then id. */
function byPosition<R extends Positioned>(rank: ReadonlyMap<string, number>, id: (row: R) => string): (a: R, b: R) => number {
  return (a, b) => rank.get(a.doc_id)! - rank.get(b.doc_id)! || a.start - b.start || a.end - b.end || compareCodeUnits(id(a), id(b));
}

/**
 * Sorts every table deterministically: documents by file; rows inside documents
 * by document file, then start, end and id; entities by id; errors by file,
 * stage, message.
 */
export function sortRows(
  rows: Omit<IngestResult, "indicator_values" | "target_ledger">,
): Omit<IngestResult, "indicator_values" | "target_ledger"> {
  const documents = [...rows.documents].sort((a, b) => compareCodeUnits(a.file, b.file));
  const rank = new Map(documents.map((d, i) => [d.doc_id, i]));
  return {
    documents,
    sentences: [...rows.sentences].sort(byPosition(rank, (r) => r.sentence_id)),
    facts: [...rows.facts].sort(byPosition(rank, (r) => r.fact_id)),
    entities: [...rows.entities].sort((a, b) => compareCodeUnits(a.entity_id, b.entity_id)),
    mentions: [...rows.mentions].sort(byPosition(rank, (r) => `${r.entity_id} ${r.sentence_id}`)),
    events: [...rows.events].sort(byPosition(rank, (r) => r.event_id)),
    errors: [...rows.errors].sort(
      (a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.stage, b.stage) || compareCodeUnits(a.message, b.message),
    ),
  };
}

/**
 * One document's sentences and facts in the order `sortRows` gives them inside that document
 * (start, end, id), so that documents' rows concatenated in file order are sorted as a whole.
 */
export function sortDocumentRows<S extends Positioned & { sentence_id: string }, F extends Positioned & { fact_id: string }>(
  sentences: readonly S[],
  facts: readonly F[],
): { sentences: S[]; facts: F[] } {
  const one = new Map([[sentences[0]?.doc_id ?? facts[0]?.doc_id ?? "", 0]]);
  for (const r of [...sentences, ...facts])
    if (!one.has(r.doc_id)) throw new TypeError(`sortDocumentRows: rows of more than one document (${r.doc_id})`);
  return {
    sentences: [...sentences].sort(byPosition(one, (r) => r.sentence_id)),
    facts: [...facts].sort(byPosition(one, (r) => r.fact_id)),
  };
}
