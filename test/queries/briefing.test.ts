// The briefing's build-time view over rows shaped as the tables give them. Sentences from
// seeds/000 (济宁经开区 2023 news: 地区生产总值43.31亿元, 一般公共预算收入2.6亿元, 固定资产投资增长7.7%)
// and seeds/001 (a work report: 培育营收过百亿企业3家, a threshold, never a figure).
import { describe, expect, it } from "vitest";
import { BRIEFING_EVENTS, briefingView, defaultBriefingRegion, EMPTY_BRIEFING, regionAncestors } from "../../src/queries/briefing.ts";
import type { QuerySource } from "../../src/queries/source.ts";

const ZONE = "山东省/济宁市/济宁经济技术开发区";
const OTHER = "山东省/济宁市/济宁高新技术产业开发区";
const S1 = "上半年，实现地区生产总值43.31亿元，增长4.7%，全市第2位；1-8月份，完成一般公共预算收入2.6亿元，其中税收收入1.8亿元；";
const S2 = "制定骨干企业扩规倍增计划,培育营收过百亿企业3家、过50亿2家;";

const doc = (doc_id: string, year: number | null, region_path: string | null) => ({
  doc_id,
  title: `报告${doc_id}`,
  year,
  region_path,
  facts: 3,
  yuan: 2,
  events: 1,
});
const fact = (over: Record<string, unknown>) => ({
  fact_id: "f",
  doc_id: "a",
  text: "43.31亿元",
  value: 4_331_000_000,
  unit: "CNY",
  classifier: null,
  kind: "amount",
  qualifier: null,
  metric: "地区生产总值",
  period: "上半年",
  is_target: false,
  indicator: "gdp",
  year: 2023,
  sentence: S1,
  region_path: ZONE,
  ...over,
});

const TABLES = {
  documents: [doc("a", 2023, ZONE), doc("b", 2024, OTHER), doc("c", null, null)],
  facts: [
    fact({ fact_id: "gdp" }),
    fact({ fact_id: "revenue", text: "2.6亿元", value: 260_000_000, metric: "一般公共预算收入", indicator: "general_budget_revenue" }),
    fact({
      fact_id: "fai",
      text: "增长7.7%",
      value: 7.7,
      unit: "percent",
      kind: "growth",
      metric: "固定资产投资",
      indicator: "fixed_asset_investment",
    }),
    fact({ fact_id: "tax-unknown", text: "1.8亿元", value: 180_000_000, metric: "税收收入", indicator: null }),
    fact({
      fact_id: "threshold",
      doc_id: "b",
      text: "过百亿",
      value: 1e10,
      qualifier: "more_than",
      metric: "营收",
      indicator: "operating_revenue",
      year: 2024,
      sentence: S2,
      region_path: OTHER,
    }),
  ],
  events: Array.from({ length: 10 }, (_, i) => ({
    event_id: `e${i}`,
    doc_id: "a",
    action: "签约",
    text: `签约${i}`,
    amount_cny: 10 - i,
    region_path: ZONE,
  })),
};

/** Answers each of the view's three queries with its table's rows. */
const source: QuerySource = {
  async rows(sql) {
    if (/from documents d order/.test(sql)) return TABLES.documents;
    if (/from facts f join/.test(sql)) return TABLES.facts;
    if (/from events e join/.test(sql)) return TABLES.events;
    throw new Error(`unexpected query: ${sql}`);
  },
};

describe("regionAncestors", () => {
  it.each([
    ["山东省", ["山东省"]],
    [ZONE, ["山东省", "山东省/济宁市", ZONE]],
  ])("%s → %j", (path, expected) => {
    expect(regionAncestors(path)).toEqual(expected);
  });
});

describe("briefingView", () => {
  it("answers every region with reports and its ancestors; a city includes its zones", async () => {
    const views = await briefingView(source);
    expect(Object.keys(views)).toEqual(["山东省", "山东省/济宁市", ZONE, OTHER]);
    expect(views["山东省/济宁市"]!.reports.map((r) => r.doc_id)).toEqual(["a", "b"]);
    expect(views[ZONE]).toMatchObject({ factCount: 3, yuanCount: 2, eventCount: 1 });
    expect(views[ZONE]!.reports[0]).toEqual({ doc_id: "a", title: "报告a", year: 2023, facts: 3, events: 1 });
  });

  it("shows only amounts and rates of identified indicators: no threshold, no unidentified metric", async () => {
    const views = await briefingView(source);
    expect(views[ZONE]!.amounts.map((f) => f.fact_id)).toEqual(["gdp"]);
    expect(views[ZONE]!.rates.map((f) => f.fact_id)).toEqual(["fai"]);
    expect(views[OTHER]!.amounts).toEqual([]);
    const shown = Object.values(views).flatMap((v) => [...v.amounts, ...v.rates, ...v.targets].map((f) => f.fact_id));
    expect(shown).not.toContain("threshold");
    expect(shown).not.toContain("tax-unknown");
    expect(views[ZONE]!.amounts[0]).not.toHaveProperty("region_path");
  });

  it("keeps the largest dated events, at most BRIEFING_EVENTS", async () => {
    const views = await briefingView(source);
    expect(views[ZONE]!.events.map((e) => e.event_id)).toEqual(TABLES.events.slice(0, BRIEFING_EVENTS).map((e) => e.event_id));
    expect(EMPTY_BRIEFING.reports).toEqual([]);
  });
});

describe("defaultBriefingRegion", () => {
  it("opens on the region most reports are about itself, not an ancestor that merely contains them", async () => {
    const views = await briefingView(source);
    expect(views["山东省"]).toMatchObject({ own: 0 });
    expect(views[ZONE]).toMatchObject({ own: 1 });
    // One report each: the one with more facts.
    expect(defaultBriefingRegion(views)).toBe(ZONE);
    expect(defaultBriefingRegion({ ...views, [OTHER]: { ...views[OTHER]!, own: 2 } })).toBe(OTHER);
  });
  it("is null for a corpus without regions", () => {
    expect(defaultBriefingRegion({})).toBeNull();
  });
});
