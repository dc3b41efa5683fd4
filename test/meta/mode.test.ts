import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferDocumentMode, modeAt, paragraphModes } from "../../data/meta/index.ts";
import { crudeNormalize } from "../entities/helpers.ts";

const seed = (file: string) => crudeNormalize(readFileSync(join(import.meta.dirname, "../../seeds", file), "utf8"));

describe("inferDocumentMode on the seeds", () => {
  it.each([
    ["000_ffb5c2e5c6763d0c.txt", "review"], // half-year results: 以来, 位列, 取得显著成效
    ["001_dd31bf420b4d610c.txt", "review"], // 2024 results, closing outlook for 2025
    ["002_e70ec2d6cbeccfa8.txt", "review"], // dated happenings (9月22日,…) outweigh 力争/确保
    ["003_38f6dc02bb8fa8db.txt", "plan"], // 经济工作会议: 高新区将…走好“八条路”, 要…, 确保…
    ["004_58c0054395c95171.txt", "review"], // 回望2023
  ] as const)("inferDocumentMode(%s) → %s", (file, mode) => {
    expect(inferDocumentMode(seed(file)).mode).toBe(mode);
  });

  it("inferDocumentMode returns the cues it counted as evidence", () => {
    const m = inferDocumentMode("6日上午,济宁高新区经济工作会议召开,围绕今年重点工作,高新区将进一步走好“有效投资”之路。");
    expect(m).toEqual({ mode: "plan", plan: ["工作会议", "重点工作", "将"], review: [] });
  });

  it("inferDocumentMode of a text without cues is mixed", () => {
    expect(inferDocumentMode("新增水系27公里。").mode).toBe("mixed");
  });

  it("inferDocumentMode does not take the disposal 将 for a plan (将全区所有企业全部纳入)", () => {
    expect(inferDocumentMode("将全区所有企业全部纳入网格化管理责任体系").plan).toEqual([]);
  });

  it("inferDocumentMode rejects a non-string with a TypeError", () => {
    expect(() => inferDocumentMode(undefined as unknown as string)).toThrow(TypeError);
  });
});

describe("paragraphModes and modeAt", () => {
  it("paragraphModes gives a review's closing outlook (2024年，济宁高新区将继续…) its own plan mode", () => {
    const text = seed("004_58c0054395c95171.txt");
    const closing = text.indexOf("2024年,济宁高新区将继续");
    expect(modeAt(text, closing)).toMatchObject({ mode: "plan", basis: "own cue: 高新区将" });
    expect(modeAt(text, text.indexOf("新增城镇就业10353人"))).toMatchObject({ mode: "review", basis: "document: review" });
  });

  it("paragraphModes keeps a plan document's paragraphs plans (003: 实施重点产业项目128个)", () => {
    const text = seed("003_38f6dc02bb8fa8db.txt");
    expect(modeAt(text, text.indexOf("实施重点产业项目128个")).mode).toBe("plan");
  });

  it("paragraphModes does not take a 将 inside a paragraph for the zone's plan (三年内将形成…)", () => {
    const text = seed("001_dd31bf420b4d610c.txt");
    expect(modeAt(text, text.indexOf("以小松、长城、山推等领航型企业为牵引"))).toMatchObject({ mode: "review", basis: "document: review" });
  });

  it("paragraphModes leaves paragraphs of a mixed document undecided", () => {
    expect(paragraphModes("新增水系27公里。\n新建5G基站400个。").map((p) => p.mode)).toEqual([null, null]);
  });

  it("paragraphModes covers the text line by line", () => {
    const modes = paragraphModes("甲\n\n乙丙");
    expect(modes.map(({ start, end }) => [start, end])).toEqual([
      [0, 1],
      [2, 2],
      [3, 5],
    ]);
  });

  it("modeAt rejects an index outside the text with a TypeError", () => {
    expect(() => modeAt("甲乙", 3)).toThrow(TypeError);
  });
});
