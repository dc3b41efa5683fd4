import { describe, expect, it } from "vitest";
import { inRegion, latestPerRegion, namedRegions, overviewIn, regionOptionLabel, regionOptions } from "../../src/components/overview.ts";
import type { HeadlineRow, Summary } from "../../src/contract/summary.ts";

const report = (doc_id: string, region_path: string | null, year: number | null, region_short: string) => ({
  doc_id,
  file: `${doc_id}.txt`,
  title: doc_id,
  subtitle: null,
  region: region_path?.split("/").at(-1) ?? null,
  region_short,
  region_path,
  year,
  chars: 1,
  sentences: 1,
  facts: 1,
});

const summary = {
  kpis: {} as Summary["kpis"],
  reports: [
    report("b", "江苏省/苏州市", 2023, "苏州市"),
    report("a", "江苏省/苏州市", 2024, "苏州市"),
    report("u", null, null, "地区未定"),
    report("c", "贵州省/黔东南苗族侗族自治州", null, "黔东南州"),
  ],
  corpus: [],
  headline: [
    {
      indicator: "地区生产总值",
      doc_id: "a",
      region_short: "苏州市",
      region_path: "江苏省/苏州市",
      year: 2024,
      period: null,
      amount: null,
      growth: null,
      rank: null,
    },
  ],
  largest: [],
} as Summary;

describe("overview region filter", () => {
  it("offers every level of every path, all first and the unknown region last", () => {
    expect(regionOptions(summary.reports)).toEqual(["", "贵州省", "贵州省/黔东南苗族侗族自治州", "江苏省", "江苏省/苏州市", "地区未定"]);
    expect(regionOptions(summary.reports.filter((r) => r.region_path))).not.toContain("地区未定");
  });
  it("labels options by their last level, indented by depth", () => {
    expect(regionOptionLabel("")).toBe("全部");
    expect(regionOptionLabel("地区未定")).toBe("地区未定");
    expect(regionOptionLabel("江苏省/苏州市")).toBe("　苏州市");
  });
  it("keeps a region and what lies below it, not a sibling sharing its prefix", () => {
    const keep = inRegion("江苏省/苏州");
    expect(keep({ region_path: "江苏省/苏州" })).toBe(true);
    expect(keep({ region_path: "江苏省/苏州/高新区" })).toBe(true);
    expect(keep({ region_path: "江苏省/苏州市" })).toBe(false);
    expect(inRegion("地区未定")({ region_path: null })).toBe(true);
  });
  it("sorts reports by path in code-unit order as arquero did (unknown first), latest year first (unknown last), then file", () => {
    expect(overviewIn(summary, "").reports.map((r) => r.doc_id)).toEqual(["u", "a", "b", "c"]);
    expect(overviewIn(summary, "江苏省").reports.map((r) => r.doc_id)).toEqual(["a", "b"]);
    expect(overviewIn(summary, "贵州省").headline).toEqual([]);
  });
  it("names regions by report count, leaving out the unknown one", () => {
    expect(namedRegions(summary.reports)).toEqual(["苏州市", "黔东南州"]);
  });
});

describe("latestPerRegion (the overview's GDP cards)", () => {
  const row = (over: Partial<HeadlineRow>): HeadlineRow => ({
    indicator: "地区生产总值",
    doc_id: "a",
    region_short: "山东",
    region_path: "山东省",
    year: 2025,
    period: null,
    amount: null,
    growth: null,
    rank: null,
    ...over,
  });
  it("keeps one card per region: the latest year, a whole year before a half year, an unknown year last", () => {
    const rows = [
      row({ year: null }),
      row({ year: 2024 }),
      row({ year: 2025, period: "上半年" }),
      row({ year: 2025, doc_id: "whole" }),
      row({ region_short: "浙江", region_path: "浙江省", year: null }),
    ];
    expect(latestPerRegion(rows).map((h) => `${h.region_short}|${h.year}|${h.doc_id}`)).toEqual(["山东|2025|whole", "浙江|null|a"]);
  });
  it("keeps reports of unknown region apart", () => {
    const rows = [
      row({ region_path: null, region_short: "地区未定", doc_id: "x" }),
      row({ region_path: null, region_short: "地区未定", doc_id: "y" }),
    ];
    expect(latestPerRegion(rows)).toHaveLength(2);
  });
});
