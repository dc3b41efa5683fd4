import { describe, expect, it } from "vitest";
import { isGenericBody, isGenericName, nameStart } from "../../data/entities/boundary.ts";

describe("nameStart", () => {
  it.each([
    ["济宁高新区管委会与小松(中国)投资", "小松(中国)投资"],
    ["长城控股集团下属长城重工", "长城重工"],
    ["加快山东省激光", "山东省激光"],
    ["鲁抗好丽友疫苗工厂建设", "鲁抗好丽友疫苗工厂建设"],
    ["拓宽", ""],
    ["5个街道", "街道"],
    ["山推工程机械", "山推工程机械"],
  ])("nameStart(%j) leaves %j", (body, name) => {
    expect(body.slice(nameStart(body))).toBe(name);
  });
});

describe("isGenericBody / isGenericName", () => {
  it.each([
    ["重点", true],
    ["公办", true],
    ["十强产业", true],
    ["56个重点产业", true],
    ["新材料", true],
    ["山推", false],
    ["滨河", false],
  ] as const)("isGenericBody(%j) → %s", (body, expected) => {
    expect(isGenericBody(body)).toBe(expected);
  });

  it("isGenericBody accepts industry words where they name a park", () => {
    expect(isGenericBody("新材料", true)).toBe(false);
    expect(isGenericBody("特色", true)).toBe(true);
  });

  it.each([
    ["重点项目", true],
    ["一区十园", true],
    ["招商格局", true],
    ["有效投资之路", true],
    ["海川路", false],
  ] as const)("isGenericName(%j) → %s", (name, expected) => {
    expect(isGenericName(name)).toBe(expected);
  });
});
