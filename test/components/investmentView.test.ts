// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import {
  cumulativePoints,
  eventRegions,
  eventsTable,
  groupProjects,
  selectEvents,
  yearTotals,
} from "../../src/components/investmentView.ts";
import type { InvestmentEvent, ProjectMentionRow } from "../../src/queries/investment.ts";

// Clauses in the shape of a zone's year-end review (济宁高新区 2017 review, seeds/).
const ev = (over: Partial<InvestmentEvent>): InvestmentEvent => ({
  event_id: "e1",
  doc_id: "d1",
  date: "2017-09-22",
  precision: "day",
  end_date: null,
  action: "签约",
  text: "与11家企业重点项目签约,总投资额达197亿元",
  amount_cny: 19_700_000_000,
  project_count: null,
  duplicate_of: null,
  region: "苏州工业园区",
  title: "年终综述",
  ...over,
});

const events = [
  ev({}),
  ev({ event_id: "e2", date: "2017-11-11", action: "开工", amount_cny: 12_470_000_000, project_count: 20 }),
  ev({ event_id: "e3", date: "2017-11-11", action: "开工", amount_cny: 12_470_000_000, project_count: 20, duplicate_of: "e2" }),
  ev({ event_id: "e4", date: null, precision: "year", region: null, amount_cny: null, project_count: 3 }),
];

describe("investment shaping", () => {
  it("lists regions by event count with the unknown region last", () => {
    expect(eventRegions(events)).toEqual(["苏州工业园区", "地区未定"]);
  });
  it("counts a happening told twice once in every total", () => {
    const { filtered, kept, amount, projects } = selectEvents(events, "", "");
    expect([filtered.length, kept.length, amount, projects]).toEqual([4, 3, 32_170_000_000, 23]);
    expect(selectEvents(events, "地区未定", "").kept.map((e) => e.event_id)).toEqual(["e4"]);
    expect(selectEvents(events, "", "开工").filtered.map((e) => e.event_id)).toEqual(["e2", "e3"]);
  });
  it("totals by year only dated events stating the measure, and runs totals to the last date", () => {
    const { kept } = selectEvents(events, "", "");
    expect(yearTotals(kept, "count")).toEqual([{ year: 2017, action: "开工", value: 20, events: 1 }]);
    const points = cumulativePoints(kept, "amount");
    expect(points.map((p) => [p.series, p.date, p.value, p.dot])).toEqual([
      ["签约", "2017-09-22", 19_700_000_000, undefined],
      ["签约", "2017-11-11", 19_700_000_000, false],
      ["开工", "2017-11-11", 12_470_000_000, undefined],
    ]);
  });
  it("links every event to its clause and marks retold ones", () => {
    const table = eventsTable(events);
    expect(table.querySelector('tr[data-event-id="e1"] a')?.getAttribute("href")).toBe("/reports/d1#e-e1");
    expect(table.querySelector('tr[data-event-id="e3"]')?.textContent).toContain("合计时不重复计算");
    expect(eventsTable([]).textContent).toContain("没有符合当前筛选条件的项目事件");
  });
  it("groups project rows by project and mention, keeping each sentence's amounts", () => {
    const row = (over: Partial<ProjectMentionRow>): ProjectMentionRow => ({
      entity_id: "p1",
      name: "红星爱琴海城市综合体",
      mentions: 1,
      doc_id: "d1",
      sentence_id: "s1",
      m_start: 10,
      m_end: 19,
      sentence: "包括红星爱琴海城市综合体在内的共20个重大项目集中开工,总投资达124.7亿元",
      s_start: 8,
      region: "苏州工业园区",
      year: 2017,
      title: "年终综述",
      fact_id: null,
      value: null,
      unit: null,
      classifier: null,
      kind: null,
      qualifier: null,
      metric: null,
      period: null,
      is_target: null,
      f_text: null,
      f_start: null,
      f_end: null,
      ...over,
    });
    const rows = [
      row({
        fact_id: "f1",
        value: 12_470_000_000,
        unit: "CNY",
        kind: "amount",
        is_target: false,
        f_text: "124.7亿元",
        f_start: 43,
        f_end: 50,
      }),
    ];
    const [project] = groupProjects(rows, "");
    expect(project!.mentions[0]!.facts.map((f) => f.fact_id)).toEqual(["f1"]);
    expect(groupProjects(rows, "地区未定")).toEqual([]);
    expect(groupProjects([row({})], "")[0]!.mentions[0]!.facts).toEqual([]);
  });
});
