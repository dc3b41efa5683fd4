import { describe, expect, it } from "vitest";
import { absorbMeetings } from "../../data/events/refiners/absorbMeetings.ts";
import type { EventDraft } from "../../data/types.ts";
import { sentenceDoc } from "../entities/helpers.ts";

const doc = sentenceDoc("x");

function event(start: number, action: string, entity_ids: string[], over: Partial<EventDraft> = {}): EventDraft {
  const text = `9月22日,${action}`;
  return {
    event_id: `d-ev${start}`,
    doc_id: "d",
    sentence_id: "d-s0",
    date: "2017-09-22",
    precision: "day",
    end_date: null,
    date_basis: "year_from_report",
    date_evidence: "9月22日",
    action,
    text,
    start,
    end: start + text.length,
    amount_cny: null,
    project_count: null,
    entity_ids,
    duplicate_of: null,
    ...over,
  };
}

describe("absorbMeetings", () => {
  // Seed 002: the lead's signing at the 推介会 in 深圳, and the section's "推介会在此举行".
  const signing = event(0, "签约", ["zone", "shenzhen", "prd", "cas-siat", "redstar"]);
  const meeting = event(500, "会议", ["zone", "shenzhen", "prd"]);

  it("absorbMeetings drops a same-day meeting whose entities all take part in a specific event", () => {
    expect(absorbMeetings(doc, [signing, meeting])).toEqual([signing]);
  });

  it.each([
    ["names someone else", { entity_ids: ["zone", "qingdao"] }],
    ["names no one", { entity_ids: [] }],
    ["is on another day", { date: "2017-09-23" }],
    ["is undated", { date: null, precision: null }],
  ])("absorbMeetings keeps a meeting that %s", (_what, over) => {
    const other = { ...meeting, ...over };
    expect(absorbMeetings(doc, [signing, other])).toEqual([signing, other]);
  });

  it("absorbMeetings keeps two specific events of one day (004: 6月16日 签约 in 上海, 启动 in 柳行街道)", () => {
    const start = event(900, "启动", ["zone", "liuxing"], { date: "2017-09-22" });
    expect(absorbMeetings(doc, [signing, start])).toEqual([signing, start]);
  });
});
