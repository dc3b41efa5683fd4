import type { EventDraft } from "../../types.ts";
import { GENERIC_ACTIONS } from "../lexicon.ts";
import type { EventRefiner } from "../types.ts";

/** True for an event that only says a meeting or ceremony took place. */
const isGeneric = (e: EventDraft) => e.action === "会议" || GENERIC_ACTIONS.has(e.action);

/**
 * Drops a meeting told apart from what happened at it: on the same date as a specific event
 * (签约, 开工 …) whose entities include all of the meeting's (002: "9月22日,…推介会在此举行" in
 * 深圳 is the 推介会 at which the 9月22日 签约 happened). A meeting naming no entity, or one
 * that names someone the specific event does not, is kept: it may be another happening.
 */
export const absorbMeetings: EventRefiner = (_doc, events) => {
  // Specific events by day, so a long document is not compared pairwise.
  const specific = new Map<string, EventDraft[]>();
  for (const e of events) {
    if (isGeneric(e) || e.date === null) continue;
    const key = `${e.date}|${e.precision}`;
    const list = specific.get(key);
    if (list) list.push(e);
    else specific.set(key, [e]);
  }
  return events.filter((meeting) => {
    if (!isGeneric(meeting) || meeting.date === null || meeting.entity_ids.length === 0) return true;
    const sameDay = specific.get(`${meeting.date}|${meeting.precision}`) ?? [];
    return !sameDay.some((e) => meeting.entity_ids.every((id) => e.entity_ids.includes(id)));
  });
};
