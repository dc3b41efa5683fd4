import { describe, expect, it } from "vitest";
import { isGenericBody, isGenericName, joinConjunction, nameStart } from "../../data/entities/boundary.ts";

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

describe("isGenericBody with industriesAreNames (park names)", () => {
  it.each([
    ["新材料", false],
    ["高端装备制造", false],
    ["医养健康", false],
    ["安全装备", false],
    ["智能绿色工程机械", true],
    ["专业", true],
  ])("isGenericBody(%j, true) → %s", (body, generic) => {
    expect(isGenericBody(body, true)).toBe(generic);
  });
});

describe("joinConjunction", () => {
  const endings = ["管委会", "示范镇", "有限公司", "新区"];
  it.each([
    // Seed 004: one project name with 与 inside.
    ["其中凯登绿色制浆装备与集成供应链全球制造中心", "凯登绿色制浆装备与集成供应链全球制造中心"],
    // The words before 与/和 are a name of their own, or generic, or nothing follows: no join.
    ["济宁高新区管委会与华东数控智能装备基地", "华东数控智能装备基地"],
    ["接庄乡村振兴示范镇和黄淮海现代农业", "黄淮海现代农业"],
    ["重点与智能装配", "智能装配"],
    ["参与智能装配", "智能装配"],
  ])("joinConjunction(%j) starts the name at %j", (body, name) => {
    expect(body.slice(joinConjunction(body, nameStart(body), endings))).toBe(name);
  });
});
