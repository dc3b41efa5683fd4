import type { DocContext, EntityRow, MentionDraft, ResolvedMention } from "../types.ts";

/** Merges mentions across the corpus into entities (work in progress). */
export function resolveEntities(mentions: MentionDraft[], docs: DocContext[]): { entities: EntityRow[]; mentions: ResolvedMention[] } {
  if (!Array.isArray(mentions) || !Array.isArray(docs)) throw new TypeError("resolveEntities(mentions, docs) expects two arrays");
  return { entities: [], mentions: [] };
}
