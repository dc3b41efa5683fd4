import type { DocContext, EventDraft, ResolvedMention } from "../types.ts";

/** Dated happenings in one document (work in progress). */
export function findEvents(doc: DocContext, mentions: ResolvedMention[]): EventDraft[] {
  if (!doc || typeof doc.text !== "string" || !Array.isArray(mentions))
    throw new TypeError("findEvents(doc, mentions) expects a DocContext and an array");
  return [];
}
