import type { EventDraft } from "../../types.ts";
import { PARALLEL_MARK, SAME_DAY, THAT_DAY } from "../lexicon.ts";
import type { EventRefiner } from "../types.ts";

/** Words a clause dated by 同日/当天 ends its evidence with: another happening that day (同日，乙区也举行…), never a retelling. */
const SAME_DAY_EVIDENCE = new RegExp(`(?:${[...SAME_DAY, ...THAT_DAY].join("|")})$`);

/** Same happening: same date (with precision and range end) and same action; undated, 同日 and parallel-ceremony events never merge. */
function happeningKey(e: EventDraft): string | null {
  if (e.date === null || SAME_DAY_EVIDENCE.test(e.date_evidence ?? "") || (e.date_evidence ?? "").endsWith(PARALLEL_MARK)) return null;
  return `${e.date}|${e.precision}|${e.end_date}|${e.action}`;
}

/** More informative first: more entities, then more stated numbers, then the longer clause, then the earlier. */
function compareInformative(a: EventDraft, b: EventDraft): number {
  const stated = (e: EventDraft) => (e.amount_cny !== null ? 1 : 0) + (e.project_count !== null ? 1 : 0);
  return b.entity_ids.length - a.entity_ids.length || stated(b) - stated(a) || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/**
 * Merges reports of one happening within a document (the lead's "11月11日,…20个重大项目集中开工"
 * and the section's "11月11日上午,…集中开工仪式"): keeps the most informative clause as the
 * event's text and provenance, with the union of the entities and the amount and project count
 * stated by any of them (the kept event's first). Output stays in text order.
 */
export const mergeDuplicates: EventRefiner = (_doc, events) => {
  const groups = new Map<string, EventDraft[]>();
  for (const e of events) {
    const key = happeningKey(e);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const replaced = new Map<EventDraft, EventDraft | null>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [kept, ...others] = [...group].sort(compareInformative);
    const merged: EventDraft = {
      ...kept!,
      entity_ids: [...new Set(group.flatMap((e) => e.entity_ids))].sort(),
      amount_cny: kept!.amount_cny ?? others.find((e) => e.amount_cny !== null)?.amount_cny ?? null,
      project_count: kept!.project_count ?? others.find((e) => e.project_count !== null)?.project_count ?? null,
    };
    replaced.set(kept!, merged);
    for (const o of others) replaced.set(o, null);
  }
  return events.flatMap((e) => {
    const r = replaced.get(e);
    return r === undefined ? [e] : r === null ? [] : [r];
  });
};
