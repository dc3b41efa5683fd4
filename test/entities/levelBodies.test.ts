import { describe, expect, it } from "vitest";
import { regionAtLevel, resolveLevelBodies } from "../../data/entities/levelBodies.ts";
import type { MentionDraft } from "../../data/types.ts";

const mention = (text: string, over: Partial<MentionDraft> = {}): MentionDraft => ({
  doc_id: "d",
  sentence_id: "d-s0",
  start: 0,
  end: text.length,
  text,
  type: "government",
  canonical: null,
  role: null,
  ...over,
});

// Regions as documents.region_path gives them for reports in bench/holdout (北林区 and 玉环市 reports,
// 内蒙古自治区 work report) and the seeds (a zone of 济宁市).
const BEILIN = { path: "黑龙江省/绥化市/北林区", level: "county" } as const;
const YUHUAN = { path: "浙江省/台州市/玉环市", level: "county" } as const;
const NEIMENGGU = { path: "内蒙古自治区", level: "province" } as const;
const ZONE = { path: "山东省/济宁市/济宁高新技术产业开发区", level: "zone" } as const;

describe("regionAtLevel", () => {
  it.each([
    [BEILIN, "区", "北林区"],
    [BEILIN, "市", "绥化市"],
    [BEILIN, "省", "黑龙江省"],
    [YUHUAN, "市", "玉环市"],
    [NEIMENGGU, "区", null],
    [NEIMENGGU, "省", null],
    [ZONE, "区", null],
    [ZONE, "市", "济宁市"],
  ] as const)("%o at %s → %s", (region, level, name) => {
    expect(regionAtLevel(region, level)).toBe(name);
  });
});

describe("resolveLevelBodies", () => {
  it("names a bare level body after the report's region at that level (the gazetteer's name when it has one)", () => {
    const out = resolveLevelBodies([mention("区委"), mention("市委"), mention("县政府"), mention("市政府")], BEILIN);
    expect(out.map((m) => m.canonical)).toEqual(["北林区委", "绥化市委", null, "绥化市人民政府"]);
    expect(resolveLevelBodies([mention("市政府")], ZONE)[0]!.canonical).toBe("山东省济宁市人民政府");
  });
  it("leaves everything else alone: other types, names already resolved, reports without a region", () => {
    const named = mention("市委", { canonical: "某某" });
    expect(resolveLevelBodies([named, mention("市委", { type: "institution" })], BEILIN).map((m) => m.canonical)).toEqual(["某某", null]);
    expect(resolveLevelBodies([mention("市委")], null)[0]!.canonical).toBeNull();
  });
});
