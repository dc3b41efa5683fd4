// The same happening is often told more than once in a corpus: a summary paragraph
// and a detailed one, or two reports about the same zone ("11月11日,总投资达124.7亿元
// 的20个重大项目集中开工" and "……共20个重大项目集中开工,总投资达124.7亿元"). Totals must
// count it once, and every page and SQL query must agree on which rows count, so the
// pipeline marks later tellings once, here, with `duplicate_of`.
import type { EventRow } from "../types.ts";

/** The event fields that identify a happening. */
type Telling = Pick<EventRow, "event_id" | "doc_id" | "date" | "precision" | "action" | "amount_cny" | "project_count">;

/**
 * Identity of a happening: where (the report's place), when, what, and the numbers stated.
 * Null when the event states no date or no number: such events are never merged.
 */
export function happeningKey(e: Telling, place: string | null): string | null {
  if (e.date == null || (e.amount_cny == null && e.project_count == null)) return null;
  return JSON.stringify([place ?? "", e.date, e.precision ?? "", e.action, e.amount_cny ?? "", e.project_count ?? ""]);
}

/**
 * Sets `duplicate_of` on every later telling of a happening to the event_id of its first
 * telling (in the given order: file, then position); first tellings get null.
 * `placeOf` gives the place a document is about (null when unknown).
 */
export function markCorpusDuplicates<E extends Telling & { duplicate_of: string | null }>(
  events: readonly E[],
  placeOf: (docId: string) => string | null,
): E[] {
  const first = new Map<string, string>();
  return events.map((e) => {
    const key = happeningKey(e, placeOf(e.doc_id));
    const original = key === null ? undefined : first.get(key);
    if (key !== null && original === undefined) first.set(key, e.event_id);
    return { ...e, duplicate_of: original ?? null };
  });
}
