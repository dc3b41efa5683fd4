// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { amountRadius, type TimelineDatum, timelineChart } from "../../src/components/timelineChart.ts";

// Events as the pipeline finds them in the seeds (002: 2017 report of 济宁高新区; 000: 经开区).
const EVENTS: TimelineDatum[] = [
  {
    event_id: "e1",
    date: "2017-11-11",
    precision: "day",
    end_date: null,
    action: "开工",
    lane: "高新区",
    amount_cny: 12_470_000_000,
    project_count: 20,
    text: "11月11日,总投资达124.7亿元的20个重大项目集中开工",
  },
  {
    event_id: "e2",
    date: "2017-09-22",
    precision: "day",
    end_date: null,
    action: "签约",
    lane: "高新区",
    amount_cny: 19_700_000_000,
    text: "9月22日,在深圳举办的济宁高新区珠三角专题招商推介会上,与中科深圳先进院、红星美凯龙、中建八局等11家企业重点项目签约",
  },
  {
    event_id: "e3",
    date: "2017-09-29",
    precision: "day",
    end_date: null,
    action: "上市",
    lane: "高新区",
    amount_cny: null,
    text: "9月29日,辰欣药业在上海证券交易所主板挂牌上市",
  },
  {
    event_id: "e4",
    date: "2023-01-01",
    precision: "year",
    end_date: null,
    action: "投产",
    lane: "高新区",
    amount_cny: null,
    text: "全年投产项目",
  },
  {
    event_id: "e5",
    date: "2024-04-01",
    precision: "month",
    end_date: null,
    action: "开工",
    lane: "经开区",
    amount_cny: 500_000_000,
    text: "4月开工",
  },
  { event_id: "e6", date: null, precision: null, end_date: null, action: "会议", lane: "经开区", amount_cny: null, text: "日前召开会议" },
];

const marks = (svg: SVGSVGElement) => [...svg.querySelectorAll<SVGElement>(".timeline-mark")];

describe("timelineChart", () => {
  it("timelineChart(events) draws one mark per dated event and skips null dates", () => {
    const svg = timelineChart(EVENTS, { width: 800 });
    expect(marks(svg)).toHaveLength(5);
    expect(svg.querySelector('[data-event-id="e6"]')).toBeNull();
  });

  it("timelineChart gives each mark a data-date, so 2017-11-11 is findable", () => {
    const svg = timelineChart(EVENTS, { width: 800 });
    const mark = svg.querySelector('[data-date="2017-11-11"]');
    expect(mark?.getAttribute("data-action")).toBe("开工");
    expect(mark?.querySelector("title")?.textContent ?? mark?.parentElement?.querySelector("title")?.textContent).toContain("124.7亿元");
  });

  it("timelineChart draws day events as dots and month/year events as spans", () => {
    const svg = timelineChart(EVENTS, { width: 800 });
    const kind = (id: string) => svg.querySelector(`[data-event-id="${id}"]`)?.tagName.toLowerCase();
    expect(kind("e1")).toBe("circle");
    expect(kind("e3")).toBe("circle");
    expect(kind("e4")).toBe("rect");
    expect(kind("e5")).toBe("rect");
  });

  it("timelineChart spans a year event over the whole year and a month event over the month", () => {
    const svg = timelineChart(EVENTS, { width: 1000, domain: [new Date("2017-01-01"), new Date("2025-01-01")] });
    const width = (id: string) => Number(svg.querySelector(`[data-event-id="${id}"]`)?.getAttribute("width"));
    const yearPx = (1000 - 64 - 16) / 8;
    expect(width("e4")).toBeCloseTo(yearPx, 0);
    expect(width("e5")).toBeCloseTo((yearPx * 30) / 365.25, 0);
  });

  it("timelineChart sizes dots by the square root of the amount", () => {
    const svg = timelineChart(EVENTS, { width: 800, maxRadius: 14 });
    const r = (id: string) => Number(svg.querySelector(`[data-event-id="${id}"]`)?.getAttribute("r"));
    expect(r("e2")).toBeCloseTo(14);
    expect(r("e1")).toBeCloseTo(14 * Math.sqrt(124.7 / 197));
    expect(r("e3")).toBe(3.5);
  });

  it("timelineChart with a range shows only the events inside it", () => {
    const range: [Date, Date] = [new Date("2017-09-01"), new Date("2017-10-01")];
    const svg = timelineChart(EVENTS, { width: 800, range, domain: [new Date("2017-01-01"), new Date("2025-01-01")] });
    expect(
      marks(svg)
        .map((m) => m.getAttribute("data-event-id"))
        .sort(),
    ).toEqual(["e2", "e3"]);
    expect(svg.querySelector(".timeline-brush .selection")?.getAttribute("width")).not.toBeNull();
  });

  it("timelineChart draws one labelled lane per zone and links marks to the reader", () => {
    const svg = timelineChart(EVENTS, { width: 800, lanes: ["经开区", "高新区"], href: (d) => `/reports/x#e-${d.event_id}` });
    expect([...svg.querySelectorAll(".timeline-lanes > g")].map((g) => g.textContent)).toEqual(["经开区", "高新区"]);
    expect(svg.querySelector('[data-event-id="e1"]')?.parentElement?.getAttribute("href")).toBe("/reports/x#e-e1");
  });

  it("timelineChart packs overlapping marks of one lane into separate rows", () => {
    const svg = timelineChart(EVENTS, { width: 400 });
    const cy = (id: string) => svg.querySelector(`[data-event-id="${id}"]`)?.getAttribute("cy");
    // 9月22日 and 9月29日 are a few pixels apart at this width: they must not share a row.
    expect(cy("e2")).not.toBe(cy("e3"));
  });

  it("timelineChart([]) and all-undated input show the empty state", () => {
    expect(timelineChart([], { width: 600 }).classList.contains("chart-empty")).toBe(true);
    const svg = timelineChart([EVENTS[5]], { width: 600 });
    expect(svg.textContent).toContain("没有符合当前筛选条件");
    expect(marks(svg)).toHaveLength(0);
  });

  it("timelineChart rejects a non-positive width", () => {
    expect(() => timelineChart(EVENTS, { width: 0 })).toThrow(TypeError);
  });

  it("timelineChart renders report text as text, never as markup", () => {
    const svg = timelineChart([{ ...EVENTS[0], text: "<b>开工</b>" }], { width: 600 });
    expect(svg.querySelector("b")).toBeNull();
    expect(svg.querySelector("title")?.textContent).toContain("<b>开工</b>");
  });
});

describe("amountRadius", () => {
  it("amountRadius gives unknown and zero amounts the minimum radius", () => {
    const r = amountRadius(EVENTS, 10);
    expect(r(null)).toBe(3.5);
    expect(r(0)).toBe(3.5);
    expect(r(19_700_000_000)).toBeCloseTo(10);
  });
});
