import type { MentionRefiner } from "../types.ts";

/**
 * Keeps a zone-only alias (高新区) only in a report about that zone, and never as part of
 * "国家高新区" (the national category). Elsewhere the short form is ambiguous and is dropped.
 */
export const zoneContext: MentionRefiner = (context, candidates) =>
  candidates.filter((c) => {
    if (c.zoneOnly === undefined) return true;
    if (context.doc.region?.name !== c.zoneOnly) return false;
    return context.sentence.text.slice(Math.max(0, c.start - 2), c.start) !== "国家";
  });
