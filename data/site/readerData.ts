// One ReaderData object per report, from the ingest result (see src/contract/reader.ts).
import type { ReaderData } from "../../src/contract/reader.ts";
import type { IngestResult } from "../ingest/index.ts";

function byDoc<R extends { doc_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const row of rows) {
    const list = out.get(row.doc_id);
    if (list) list.push(row);
    else out.set(row.doc_id, [row]);
  }
  return out;
}

const byStart = <R extends { start: number }>(rows: R[]): R[] => rows.sort((a, b) => a.start - b.start);

/** The reader's data for every document, in document order (rows keep the ingest's deterministic order). */
export function readerData(result: IngestResult): ReaderData[] {
  const facts = byDoc(result.facts);
  const sentences = byDoc(result.sentences);
  const mentions = byDoc(result.mentions);
  const events = byDoc(result.events);
  const entities = new Map(result.entities.map((e) => [e.entity_id, e]));
  return result.documents.map((document) => ({
    document,
    facts: byStart([...(facts.get(document.doc_id) ?? [])]),
    sentences: byStart(
      (sentences.get(document.doc_id) ?? []).map(({ sentence_id, section, start, end, page, paragraph }) => ({
        sentence_id,
        section,
        start,
        end,
        page,
        paragraph,
      })),
    ),
    mentions: byStart(
      (mentions.get(document.doc_id) ?? []).map(({ entity_id, start, end, text, role }) => {
        const entity = entities.get(entity_id);
        if (!entity) throw new Error(`readerData: mention of unknown entity ${entity_id} in ${document.doc_id}`);
        return { entity_id, start, end, text, role, name: entity.name, type: entity.type };
      }),
    ),
    events: byStart([...(events.get(document.doc_id) ?? [])]),
  }));
}
