// The timeline's rows: every event with its report's region and title, and the
// entities the events name. Answered at build time (views/timeline.json); see source.ts.
import type { DocumentRow, EntityRow, EventRow } from "../contract/index.js";
import type { QuerySource } from "./source.js";

/** One event; dates as YYYY-MM-DD. */
export type TimelineEvent = Pick<
  EventRow,
  | "event_id"
  | "doc_id"
  | "date"
  | "precision"
  | "end_date"
  | "date_basis"
  | "date_evidence"
  | "action"
  | "text"
  | "start"
  | "amount_cny"
  | "project_count"
  | "entity_ids"
> &
  Pick<DocumentRow, "region" | "title">;

export interface TimelineView {
  /** By date (unknown last), position, id. */
  events: TimelineEvent[];
  /** The entities some event names. */
  entities: Array<Pick<EntityRow, "entity_id" | "name" | "type">>;
}

export async function timelineView(source: QuerySource): Promise<TimelineView> {
  const events = await source.rows(`select e.event_id, e.doc_id, strftime(e.date, '%Y-%m-%d') as date, e.precision,
      strftime(e.end_date, '%Y-%m-%d') as end_date, e.date_basis, e.date_evidence, e.action, e.text, e.start::INTEGER as start,
      e.amount_cny, e.project_count::INTEGER as project_count, e.entity_ids, d.region, d.title
    from events e join documents d using (doc_id)
    order by e.date nulls last, e.start, e.event_id`);
  const entities = await source.rows(`select entity_id, name, type from entities
    where entity_id in (select unnest(entity_ids) from events) order by entity_id`);
  return {
    events: (events as unknown as TimelineEvent[]).map((e) => ({ ...e, entity_ids: e.entity_ids ?? [] })),
    entities: entities as unknown as TimelineView["entities"],
  };
}
