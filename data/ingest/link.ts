import { resolveEntities } from "../entities/index.ts";
import { finishEvents } from "../events/index.ts";
import { linkPlaceRegions } from "../regions/entities.ts";
import type { ErrorRow, EventDraft, EventRow, MentionRow, ResolvedMention } from "../types.ts";
import { spanIds } from "./ids.ts";
import { CodePoints } from "./offsets.ts";
import { assertProvenance, assertUtf16Span } from "./provenance.ts";
import type { Linked, ProcessedDocument } from "./types.ts";

function eventRows(doc: ProcessedDocument, drafts: readonly EventDraft[], cp: CodePoints, entityIds: ReadonlySet<string>): EventRow[] {
  const { doc_id, text } = doc.context;
  const placed = drafts.map((e) => {
    assertUtf16Span(`findEvents on ${doc_id}`, text, e);
    for (const id of e.entity_ids)
      if (!entityIds.has(id)) throw new Error(`findEvents on ${doc_id} returned an event naming unknown entity ${id}`);
    // One clause gives one event per milestone (签约暨开工暨投产): same span, told apart by the action.
    return { e, start: cp.toCodePoint(e.start), end: cp.toCodePoint(e.end), tag: e.action };
  });
  placed.sort((a, b) => a.start - b.start || a.end - b.end || (a.e.action < b.e.action ? -1 : a.e.action > b.e.action ? 1 : 0));
  const ids = spanIds(`${doc_id}-e`, placed);
  return placed.map(({ e, start, end }, i) => ({ ...e, event_id: ids[i]!, doc_id, start, end, entity_ids: [...e.entity_ids] }));
}

/**
 * Resolves mentions across all documents into entities, then finds each
 * document's events, and converts both to rows with code-point offsets. A failing
 * `findEvents` becomes an error row for that file; broken spans throw.
 */
export function linkCorpus(docs: readonly ProcessedDocument[]): Linked {
  const contexts = docs.map((d) => d.context);
  const resolved = resolveEntities(
    docs.flatMap((d) => d.mentions),
    contexts,
  );
  linkPlaceRegions(resolved.entities, contexts);
  const byDoc = new Map(docs.map((d) => [d.context.doc_id, d]));
  const cps = new Map(docs.map((d) => [d.context.doc_id, new CodePoints(d.context.text)]));
  const entityIds = new Set(resolved.entities.map((e) => e.entity_id));
  const perDoc = new Map<string, ResolvedMention[]>();
  for (const m of resolved.mentions) {
    const doc = byDoc.get(m.doc_id);
    if (!doc) throw new Error(`resolveEntities returned a mention of unknown document ${m.doc_id}`);
    if (!entityIds.has(m.entity_id)) throw new Error(`resolveEntities returned a mention of unknown entity ${m.entity_id}`);
    assertUtf16Span(`resolveEntities on ${m.doc_id}`, doc.context.text, m);
    const list = perDoc.get(m.doc_id);
    if (list) list.push(m);
    else perDoc.set(m.doc_id, [m]);
  }

  const mentions: MentionRow[] = resolved.mentions.map((m) => {
    const cp = cps.get(m.doc_id)!;
    return {
      entity_id: m.entity_id,
      doc_id: m.doc_id,
      sentence_id: m.sentence_id,
      start: cp.toCodePoint(m.start),
      end: cp.toCodePoint(m.end),
      text: m.text,
      role: m.role,
    };
  });
  const events: EventRow[] = [];
  const errors: ErrorRow[] = [];
  for (const doc of docs) {
    const own = (perDoc.get(doc.context.doc_id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    const failed = (message: string) => errors.push({ file: doc.document.file, stage: "extract", message });
    // The text-only half ran in processDocument; its failure is reported here, where events are made.
    if (!doc.events.ok) {
      failed(doc.events.message);
      continue;
    }
    let drafts: EventDraft[];
    try {
      drafts = finishEvents(doc.context, doc.events.clauses, own);
    } catch (err) {
      failed(`findEvents: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
      continue;
    }
    events.push(...eventRows(doc, drafts, cps.get(doc.context.doc_id)!, entityIds));
  }
  assertProvenance("mentions", mentions, cps);
  assertProvenance("events", events, cps);
  return { entities: resolved.entities.map((e) => ({ ...e, aliases: [...e.aliases] })), mentions, events, errors };
}
