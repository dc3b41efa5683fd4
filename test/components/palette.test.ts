import { describe, expect, it } from "vitest";
import { ZONE_ENDINGS } from "../../data/regions/lexicon.ts";
import { regionLabel as dataRegionLabel } from "../../data/regions/names.ts";
import {
  ACTIONS,
  actionColor,
  dateBasisLabel,
  entityTypeColor,
  entityTypeLabel,
  isEntityType,
  NO_REGION,
  OTHER_COLOR,
  regionColor,
  regionLabel,
  sortActions,
  ZONE_ENDINGS_SHORT,
} from "../../src/components/palette.ts";

describe("palette", () => {
  it("actionColor gives each known action its own color and unknown actions gray", () => {
    const colors = ["签约", "开工", "投产", "上市", "会议"].map(actionColor);
    expect(new Set(colors).size).toBe(5);
    expect(actionColor("剪彩")).toBe(OTHER_COLOR);
  });

  it("actionColor gives every listed action a distinct color", () => {
    expect(new Set(ACTIONS.map(actionColor)).size).toBe(ACTIONS.length);
  });

  it("sortActions puts known actions in display order, then the rest", () => {
    expect(sortActions(["会议", "剪彩", "签约", "开工", "签约"])).toEqual(["签约", "开工", "会议", "剪彩"]);
  });

  it.each([
    ["company", "企业"],
    ["government", "政府部门"],
    ["project", "项目"],
    ["spaceship", "spaceship"],
  ])("entityTypeLabel(%s) → %s", (type, label) => {
    expect(entityTypeLabel(type)).toBe(label);
  });

  it("isEntityType accepts only the seven row types", () => {
    expect(isEntityType("park")).toBe(true);
    expect(isEntityType("toString")).toBe(false);
    expect(entityTypeColor("nope")).toBe(OTHER_COLOR);
  });

  it.each([
    ["济宁经济技术开发区", "济宁经开区"],
    ["济宁高新技术产业开发区", "济宁高新区"],
    ["武汉东湖新技术开发区", "武汉东湖高新区"],
    ["苏州工业园区", "苏州工业园区"],
    ["内蒙古自治区", "内蒙古自治区"],
    [null, NO_REGION],
  ])("regionLabel(%s) → %s", (region, label) => {
    expect(regionLabel(region)).toBe(label);
  });

  it("regionLabel shortens zones exactly as data/regions does", () => {
    expect(ZONE_ENDINGS_SHORT).toEqual(ZONE_ENDINGS.map((e) => [e.full, e.short]));
    for (const name of ["济宁高新技术产业开发区", "长春汽车经济技术开发区", "杨凌农业高新技术产业示范区"]) {
      expect(regionLabel(name)).toBe(dataRegionLabel(name, "zone"));
    }
  });
});

describe("dateBasisLabel", () => {
  it.each([
    ["explicit", "9月22日", "原文写明日期"],
    ["year_from_report", "9月22日", "原文未写年份，按报告年份推定（原文：9月22日）"],
    ["day_only", "6日", "原文只写日，未写月份（原文：6日）"],
    ["year_unknown", "上半年", "原文未写年份，报告年份不详（原文：上半年）"],
    ["year_unknown", null, "原文未写年份，报告年份不详"],
    ["something new", null, "something new"],
    [null, null, ""],
  ])("dateBasisLabel(%s, %s) → %s", (basis, evidence, label) => {
    expect(dateBasisLabel(basis, evidence)).toBe(label);
  });
});

describe("regionColor", () => {
  it("regionColor gives regions distinct colors in the order given and 地区未定 gray", () => {
    const color = regionColor(["济宁经开区", "济宁高新区", NO_REGION]);
    expect(color("济宁经开区")).not.toBe(color("济宁高新区"));
    expect(color(NO_REGION)).toBe(OTHER_COLOR);
    expect(color("别处")).toBe(OTHER_COLOR);
  });
});
