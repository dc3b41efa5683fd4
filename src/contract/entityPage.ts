// An entity page's data, computed at build time (one JSON file per entity in the
// corpus archive) so the page opens without starting DuckDB-WASM.
import type { DocumentRow, EntityRow, EventRow, MentionRow } from "./index.js";

/** One mention with its sentence and report, for the page's context table. */
export type EntityMention = Pick<MentionRow, "doc_id" | "sentence_id" | "start" | "end" | "text" | "role"> & {
  /** The sentence's text and its start (code points into the report's text). */
  sentence: string;
  s_start: number;
  section: string | null;
} & Pick<DocumentRow, "title" | "region" | "year">;

/** An entity mentioned in the same sentences, with how many. */
export type EntityNeighbour = Pick<EntityRow, "entity_id" | "name" | "type"> & { shared: number };

/** Everything an entity page shows. */
export interface EntityPageData {
  entity: EntityRow;
  /** By report year (unknown last), report, then position. */
  mentions: EntityMention[];
  /** Events naming the entity, by date (unknown last) then position. */
  events: Array<EventRow & Pick<DocumentRow, "region">>;
  /** At most 40, most shared sentences first. */
  neighbours: EntityNeighbour[];
}

/** Member name of an entity page's data in the corpus archive. */
export const entityMember = (entityId: string): string => `entities/${entityId}.json`;

/** How many neighbours an entity page lists. */
export const NEIGHBOURS_SHOWN = 40;
