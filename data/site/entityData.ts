// One EntityPageData object per entity, from the ingest result (see src/contract/entityPage.ts).
import { type EntityPageData, NEIGHBOURS_SHOWN } from "../../src/contract/entityPage.ts";
import type { IngestResult } from "../ingest/index.ts";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Nulls last, as SQL's NULLS LAST. */
const nullsLast = <T>(a: T | null, b: T | null, by: (x: T, y: T) => number) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : by(a, b);

/** The page data of every entity, in entity order. */
export function entityData(result: IngestResult): EntityPageData[] {
  const docs = new Map(result.documents.map((d) => [d.doc_id, d]));
  const sentences = new Map(result.sentences.map((s) => [s.sentence_id, s]));
  const names = new Map(result.entities.map((e) => [e.entity_id, e]));
  const bySentence = new Map<string, Set<string>>();
  for (const m of result.mentions) {
    const set = bySentence.get(m.sentence_id);
    if (set) set.add(m.entity_id);
    else bySentence.set(m.sentence_id, new Set([m.entity_id]));
  }
  const mentionsOf = new Map<string, EntityPageData["mentions"]>();
  // Distinct sentences each pair of entities shares.
  const shared = new Map<string, Map<string, number>>();
  for (const [, ids] of bySentence) {
    for (const a of ids) {
      const row = shared.get(a) ?? new Map<string, number>();
      for (const b of ids) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
      shared.set(a, row);
    }
  }
  for (const m of result.mentions) {
    const s = sentences.get(m.sentence_id);
    const d = docs.get(m.doc_id);
    if (!s || !d) throw new Error(`entityData: mention ${m.entity_id} at ${m.doc_id}:${m.start} has no sentence or document`);
    const list = mentionsOf.get(m.entity_id) ?? [];
    list.push({
      doc_id: m.doc_id,
      sentence_id: m.sentence_id,
      start: m.start,
      end: m.end,
      text: m.text,
      role: m.role,
      sentence: s.text,
      s_start: s.start,
      section: s.section,
      title: d.title,
      region: d.region,
      year: d.year,
    });
    mentionsOf.set(m.entity_id, list);
  }
  const eventsOf = new Map<string, EntityPageData["events"]>();
  for (const e of result.events) {
    for (const id of e.entity_ids) {
      const list = eventsOf.get(id) ?? [];
      list.push({ ...e, region: docs.get(e.doc_id)?.region ?? null });
      eventsOf.set(id, list);
    }
  }
  return result.entities.map((entity) => {
    const neighbours = [...(shared.get(entity.entity_id) ?? [])]
      .map(([id, count]) => {
        const other = names.get(id)!;
        return { entity_id: id, name: other.name, type: other.type, shared: count };
      })
      .sort((a, b) => b.shared - a.shared || compare(a.name, b.name) || compare(a.entity_id, b.entity_id))
      .slice(0, NEIGHBOURS_SHOWN);
    const mentions = (mentionsOf.get(entity.entity_id) ?? []).sort(
      (a, b) => nullsLast(a.year, b.year, (x, y) => x - y) || compare(a.doc_id, b.doc_id) || a.start - b.start,
    );
    const events = (eventsOf.get(entity.entity_id) ?? []).sort(
      (a, b) => nullsLast(a.date, b.date, compare) || compare(a.doc_id, b.doc_id) || a.start - b.start,
    );
    return { entity, mentions, events, neighbours };
  });
}
