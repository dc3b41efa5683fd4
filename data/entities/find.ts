import type { DocContext, MentionDraft } from "../types.ts";

/** Entity mentions in one document; offsets are UTF-16 indices into `doc.text` (work in progress). */
export function findMentions(doc: DocContext): MentionDraft[] {
  if (!doc || typeof doc.text !== "string") throw new TypeError("findMentions(doc) expects a DocContext");
  return [];
}
