import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  actionColor,
  dateBasisLabel,
  entityTypeColor,
  entityTypeLabel,
  isEntityType,
  OTHER_COLOR,
  sortActions,
  zoneColor,
  zoneLabel,
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
    ["济宁经济技术开发区", "经开区"],
    ["济宁高新技术产业开发区", "高新区"],
    [null, "未标明园区"],
  ])("zoneLabel(%s) → %s", (zone, label) => {
    expect(zoneLabel(zone)).toBe(label);
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

describe("zoneColor", () => {
  it("zoneColor gives the two zones distinct colors and anything else gray", () => {
    expect(zoneColor("经开区")).not.toBe(zoneColor("高新区"));
    expect(zoneColor("未标明园区")).toBe(OTHER_COLOR);
  });
});
