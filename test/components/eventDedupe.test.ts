import { describe, expect, it } from "vitest";
import { type DedupeEvent, dedupeEvents, happeningKey } from "../../src/components/eventDedupe.ts";

const ZONE = "济宁高新技术产业开发区";
// Both retellings of the 2017-11-11 groundbreaking in seeds/002, plus neighbours that must stay apart.
const SUMMARY: DedupeEvent = {
  event_id: "e210",
  region: ZONE,
  date: "2017-11-11",
  precision: "day",
  action: "开工",
  amount_cny: 12_470_000_000,
  project_count: 20,
};
const DETAIL: DedupeEvent = { ...SUMMARY, event_id: "e2356" };
const SIGNING: DedupeEvent = {
  event_id: "e87",
  region: ZONE,
  date: "2017-09-22",
  precision: "day",
  action: "签约",
  amount_cny: 19_700_000_000,
  project_count: null,
};
const MEETING: DedupeEvent = {
  event_id: "e496",
  region: ZONE,
  date: "2017-09-22",
  precision: "day",
  action: "会议",
  amount_cny: null,
  project_count: null,
};

describe("dedupeEvents", () => {
  it("dedupeEvents keeps the first telling of 124.7亿元/20个 on 2017-11-11 and maps the second to it", () => {
    const { kept, duplicateOf } = dedupeEvents([SUMMARY, SIGNING, DETAIL]);
    expect(kept.map((e) => e.event_id)).toEqual(["e210", "e87"]);
    expect([...duplicateOf]).toEqual([["e2356", "e210"]]);
  });

  it.each([
    ["another action on the same day", { ...SUMMARY, event_id: "x", action: "签约" }],
    ["another amount", { ...SUMMARY, event_id: "x", amount_cny: 1e9 }],
    ["another region", { ...SUMMARY, event_id: "x", region: "济宁经济技术开发区" }],
    ["another precision", { ...SUMMARY, event_id: "x", precision: "month" }],
  ])("dedupeEvents keeps events apart with %s", (_, other) => {
    expect(dedupeEvents([SUMMARY, other]).kept).toHaveLength(2);
  });

  it("dedupeEvents never merges events without a stated number or without a date", () => {
    const undated = { ...SUMMARY, event_id: "u1", date: null };
    expect(dedupeEvents([MEETING, { ...MEETING, event_id: "m2" }, undated, { ...undated, event_id: "u2" }]).kept).toHaveLength(4);
    expect(happeningKey(MEETING)).toBeNull();
    expect(happeningKey(undated)).toBeNull();
  });
});
