import { describe, expect, it } from "vitest";
import { happeningKey, markCorpusDuplicates } from "../../data/events/corpusDuplicates.ts";
import { ingest } from "../../data/ingest/index.ts";
import { SEED_PATHS, SEEDS_DIR } from "../fixtures/seeds.ts";

type E = Parameters<typeof happeningKey>[0] & { duplicate_of: string | null };

// Both tellings of one groundbreaking (a summary and a detailed paragraph), plus neighbours that must stay apart.
const SUMMARY: E = {
  event_id: "e210",
  doc_id: "a",
  date: "2017-11-11",
  precision: "day",
  action: "开工",
  amount_cny: 12_470_000_000,
  project_count: 20,
  duplicate_of: null,
};
const DETAIL: E = { ...SUMMARY, event_id: "e2356" };
const SIGNING: E = { ...SUMMARY, event_id: "e87", date: "2017-09-22", action: "签约", amount_cny: 19_700_000_000, project_count: null };
const MEETING: E = { ...SUMMARY, event_id: "e496", date: "2017-09-22", action: "会议", amount_cny: null, project_count: null };
const PLACE: Record<string, string | null> = { a: "甲开发区", b: "甲开发区", c: "乙开发区", d: null };
const placeOf = (id: string) => PLACE[id] ?? null;
const marks = (events: E[]) => markCorpusDuplicates(events, placeOf).map((e) => [e.event_id, e.duplicate_of]);

describe("markCorpusDuplicates", () => {
  it("marks the second telling of 124.7亿元/20个 on 2017-11-11 as a duplicate of the first", () => {
    expect(marks([SUMMARY, SIGNING, DETAIL])).toEqual([
      ["e210", null],
      ["e87", null],
      ["e2356", "e210"],
    ]);
  });

  it("merges tellings across reports about the same place", () => {
    expect(marks([SUMMARY, { ...DETAIL, doc_id: "b" }])).toEqual([
      ["e210", null],
      ["e2356", "e210"],
    ]);
  });

  it.each([
    ["another action on the same day", { ...SUMMARY, event_id: "x", action: "签约" }],
    ["another amount", { ...SUMMARY, event_id: "x", amount_cny: 1e9 }],
    ["another place", { ...SUMMARY, event_id: "x", doc_id: "c" }],
    ["an unknown place", { ...SUMMARY, event_id: "x", doc_id: "d" }],
    ["another precision", { ...SUMMARY, event_id: "x", precision: "month" as const }],
  ])("keeps events apart with %s", (_, other) => {
    expect(marks([SUMMARY, other]).every(([, dup]) => dup === null)).toBe(true);
  });

  it("never merges events without a stated number or without a date", () => {
    const undated = { ...SUMMARY, event_id: "u1", date: null };
    const all = [MEETING, { ...MEETING, event_id: "m2" }, undated, { ...undated, event_id: "u2" }];
    expect(marks(all).every(([, dup]) => dup === null)).toBe(true);
    expect(happeningKey(MEETING, "甲开发区")).toBeNull();
    expect(happeningKey(undated, "甲开发区")).toBeNull();
  });

  it("on the seeds, every duplicate points at an earlier first telling with the same date, action and numbers", async () => {
    const { events } = await ingest(SEED_PATHS, { root: SEEDS_DIR });
    const byId = new Map(events.map((e, i) => [e.event_id, { e, i }]));
    for (const [i, e] of events.entries()) {
      if (e.duplicate_of === null) continue;
      const first = byId.get(e.duplicate_of)!;
      expect(first.i).toBeLessThan(i);
      expect(first.e.duplicate_of).toBeNull();
      expect([first.e.date, first.e.action, first.e.amount_cny, first.e.project_count]).toEqual([
        e.date,
        e.action,
        e.amount_cny,
        e.project_count,
      ]);
    }
  });
});
