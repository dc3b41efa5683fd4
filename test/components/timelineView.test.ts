// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { regionLanes } from "../../src/components/lanes.ts";
import { rangeText, selectTimeline, timelineDomain, timelineTable, withLanes } from "../../src/components/timelineView.ts";
import type { TimelineEvent } from "../../src/queries/timeline.ts";

// Events in the shape of a zone's year-end review (seeds/: 济宁高新区 2017 review).
const ev = (over: Partial<TimelineEvent>): TimelineEvent => ({
  event_id: "e1",
  doc_id: "d1",
  date: "2017-11-11",
  precision: "day",
  end_date: null,
  date_basis: "explicit",
  date_evidence: null,
  action: "开工",
  text: "11月11日上午,举行2017年第四季度重大项目集中开工仪式",
  start: 0,
  amount_cny: 12_470_000_000,
  project_count: 20,
  entity_ids: ["x"],
  region: "苏州工业园区",
  title: "年终综述",
  ...over,
});
const events = withLanes([
  ev({}),
  ev({ event_id: "e2", date: "2017-03-01", precision: "month", action: "签约", region: "黔东南苗族侗族自治州" }),
  ev({ event_id: "e3", date: null, precision: null, region: null, date_basis: "year_unknown" }),
  ev({ event_id: "e4", date: "2017-12-01", region: "苏州工业园区" }),
]);

describe("timeline shaping", () => {
  it("orders lanes by event count with the unknown region last", () => {
    expect(regionLanes(events)).toEqual(["苏州工业园区", "黔东南苗族侗族自治州", "地区未定"]);
  });
  it("starts the axis in 2017 or the first event's year, whichever is earlier", () => {
    const [start] = timelineDomain([ev({ date: "2012-05-01" })], new Date(Date.UTC(2024, 0, 1)));
    expect(start.toISOString().slice(0, 10)).toBe("2012-01-01");
    expect(
      timelineDomain([], new Date(Date.UTC(2024, 0, 1, 12)))[1]
        .toISOString()
        .slice(0, 10),
    ).toBe("2024-01-02");
  });
  it("keeps a month-precision event whose month overlaps the brushed range", () => {
    const range: [Date, Date] = [new Date(Date.UTC(2017, 2, 20)), new Date(Date.UTC(2017, 10, 1))];
    const { dated, undated, shown } = selectTimeline(events, "", "", range);
    expect([dated.length, undated.length]).toEqual([3, 1]);
    expect(shown.map((e) => e.event_id)).toEqual(["e2"]);
    expect(selectTimeline(events, "苏州工业园区", "开工", null).shown.map((e) => e.event_id)).toEqual(["e1", "e4"]);
    expect(rangeText(range)).toContain("至");
  });
  it("links clauses to the reader and named entities to their pages, and says how an inferred date was read", () => {
    const table = timelineTable(events, [{ entity_id: "x", name: "如意集团", type: "company" }], "events-table");
    expect(table.querySelector('tr[data-event-id="e1"] a')?.getAttribute("href")).toBe("/reports/d1#e-e1");
    expect(table.querySelector('a[href="/entities/x"]')?.textContent).toBe("如意集团");
    expect(table.querySelector('tr[data-event-id="e3"] .muted')).not.toBeNull();
  });
});
