import { describe, expect, it } from "vitest";
import { execAll, globalOf } from "../../data/engine/global.ts";

// 2023年济宁高新区政府工作报告 (seeds) and 2024年龙岗区政府工作报告 (bench/holdout/extract).
describe("execAll(pattern, text)", () => {
  const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);
  it.each([
    [/项目|企业/g, "新开工重点项目56个，引进企业12家、项目8个"],
    [/(\d+)(个|家)?/g, "新开工重点项目56个，引进企业12家、项目8个"],
    [/(?:)/g, "项目"],
    [/(?:)/gu, "𠀋项目"],
    [/无/g, "新开工重点项目56个"],
  ])("gives what matchAll gives for %s", (pattern, text) => {
    expect(shape(execAll(pattern, text))).toEqual(shape([...text.matchAll(pattern)]));
  });

  it("starts at the pattern's lastIndex as matchAll does, and leaves it as it was", () => {
    const pattern = /项目/g;
    pattern.lastIndex = 5;
    const text = "新开工重点项目56个，引进企业12家、项目8个";
    expect(shape(execAll(pattern, text))).toEqual(shape([...text.matchAll(pattern)]));
    expect(pattern.lastIndex).toBe(5);
  });

  it("refuses a pattern without the g flag", () => {
    expect(() => execAll(/项目/, "项目")).toThrow(TypeError);
  });
});

describe("globalOf(pattern)", () => {
  it("makes one g copy per pattern", () => {
    const pattern = /项目/y;
    expect(globalOf(pattern)).toBe(globalOf(pattern));
    expect(globalOf(pattern).flags).toBe("g");
  });
});
