import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferDocumentMeta } from "../../data/meta/index.ts";
import { crudeNormalize } from "../entities/helpers.ts";

const seed = (file: string) => crudeNormalize(readFileSync(join(import.meta.dirname, "../../seeds", file), "utf8"));
const firstLine = (text: string) => text.split("\n")[0]!.replace(/^#+\s*/, "");

describe("inferDocumentMeta on the seeds", () => {
  const cases = [
    // 经开区 half-year report: 上半年 / 1-8月份 but no year anywhere → honest null.
    { file: "000_ffb5c2e5c6763d0c.txt", zone: "山东省/济宁市/济宁经济技术开发区", year: null, basis: null },
    // 2024 review closing with "2025年是“十四五”规划的收官之年".
    { file: "001_dd31bf420b4d610c.txt", zone: "山东省/济宁市/济宁高新技术产业开发区", year: 2024, basis: "2024年下半年" },
    // Title names no zone; 建区25周年 (1992 + 25) and 2017年第四季度 agree.
    { file: "002_e70ec2d6cbeccfa8.txt", zone: "山东省/济宁市/济宁高新技术产业开发区", year: 2017, basis: "建区25周年" },
    // Work-plan report for the year; the only year named is the 2020 target.
    {
      file: "003_38f6dc02bb8fa8db.txt",
      zone: "山东省/济宁市/济宁高新技术产业开发区",
      year: 2020,
      basis: "2020年全面消除3年以上未发展党员村",
    },
    // Year-end review: 回望2023; "2024年，…将" and "站在2024的崭新起点" also point to 2023.
    { file: "004_58c0054395c95171.txt", zone: "山东省/济宁市/济宁高新技术产业开发区", year: 2023, basis: "回望2023" },
  ] as const;
  it.each(cases)("inferDocumentMeta($file) → $zone, $year", ({ file, zone, year, basis }) => {
    const text = seed(file);
    const meta = inferDocumentMeta(text, firstLine(text));
    expect(meta.region?.path ?? null, meta.region_basis).toBe(zone);
    expect({ year: meta.year, year_basis: meta.year_basis }).toEqual({ year, year_basis: basis });
  });
});

describe("inferDocumentMeta rules on single sentences", () => {
  const cases = [
    { text: "今年是济宁高新区建区25周年，济宁高新区紧紧围绕新旧动能转换目标。", zone: "济宁高新技术产业开发区", year: 2017 },
    { text: "今年是济宁经开区建区十周年。", zone: "济宁经济技术开发区", year: 2024 },
    { text: "济宁高新区隆重举行2017年第四季度重大项目集中开工仪式。", zone: "济宁高新技术产业开发区", year: 2017 },
    {
      text: "2024年,济宁高新区聚焦主责主业。2025年是“十四五”规划的收官之年,济宁高新区将坚持。",
      zone: "济宁高新技术产业开发区",
      year: 2024,
    },
    { text: "2023年,济宁高新区成绩斐然。2024年，济宁高新区将继续凝心聚力。", zone: "济宁高新技术产业开发区", year: 2023 },
    // Only the outlook year is named: a plan for that year, not a review of the one before.
    { text: "2024年，济宁高新区将继续凝心聚力。", zone: "济宁高新技术产业开发区", year: 2024 },
    // A bare 经开区 with no city named: no zone, never a default one.
    { text: "经开区全面实施“经开呈祥”战略。", zone: null, year: null },
    // 国家高新区 alone is the national category, not a zone.
    { text: "力争在国家高新区中赶超跨越。", zone: null, year: null },
  ] as const;
  it.each(cases)("inferDocumentMeta($text) → $zone, $year", ({ text, zone, year }) => {
    const meta = inferDocumentMeta(text, "");
    expect(meta.region?.name ?? null, meta.region_basis).toBe(zone);
    expect(meta.year).toBe(year);
    expect(meta.year === null).toBe(meta.year_basis === null);
  });

  it("inferDocumentMeta prefers the zone in the title over counts in the text", () => {
    const text = "济宁高新区、济宁高新区与济宁经开区合作。";
    expect(inferDocumentMeta(text, "济宁经开区半年报").region?.name).toBe("济宁经济技术开发区");
    expect(inferDocumentMeta(text, "").region?.name).toBe("济宁高新技术产业开发区");
  });

  it("inferDocumentMeta gives null zone on a tie", () => {
    const meta = inferDocumentMeta("济宁高新区与济宁经开区合作。济宁高新区、济宁经开区共建园区。", "");
    expect(meta.region).toBeNull();
    expect(meta.region_basis).toMatch(/^tied: /);
  });

  it("inferDocumentMeta throws TypeError on non-string input", () => {
    expect(() => inferDocumentMeta(undefined as unknown as string, "")).toThrow(TypeError);
  });
});
