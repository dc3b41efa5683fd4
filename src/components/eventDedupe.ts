// The same happening is often told twice in one corpus (a summary paragraph
// and a detailed one: "11月11日,总投资达124.7亿元的20个重大项目集中开工" and
// "11月11日上午……共20个重大项目集中开工,总投资达124.7亿元"). Totals must count
// it once. Two events are the same when region, date, precision, action, amount
// and project count all agree and at least one number is stated.

/** The event fields the comparison needs. */
export interface DedupeEvent {
  event_id: string;
  region: string | null;
  date: string | null;
  precision: string | null;
  action: string;
  amount_cny: number | null;
  project_count: number | null;
}

/** Outcome: the events to count, and for each dropped event the id of the one kept. */
export interface Deduped<E> {
  kept: E[];
  duplicateOf: Map<string, string>;
}

/** Identity of a happening, or null when the event states no number or no date (never merged). */
export function happeningKey(e: DedupeEvent): string | null {
  if (e.date == null || (e.amount_cny == null && e.project_count == null)) return null;
  return [e.region ?? "", e.date, e.precision ?? "", e.action, e.amount_cny ?? "", e.project_count ?? ""].join("|");
}

/** Keeps the first event of each happening (input order), dropping later retellings. */
export function dedupeEvents<E extends DedupeEvent>(events: readonly E[]): Deduped<E> {
  const first = new Map<string, string>();
  const kept: E[] = [];
  const duplicateOf = new Map<string, string>();
  for (const e of events) {
    const key = happeningKey(e);
    const original = key == null ? undefined : first.get(key);
    if (original !== undefined) {
      duplicateOf.set(e.event_id, original);
      continue;
    }
    if (key != null) first.set(key, e.event_id);
    kept.push(e);
  }
  return { kept, duplicateOf };
}
