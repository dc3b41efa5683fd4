// Place and park entities linked to regions by their whole name (names from the seeds and the
// gazetteer's city list).
import { describe, expect, it } from "vitest";
import { regionOfName } from "../../data/regions/entities.ts";
import { toRef } from "../../data/regions/model.ts";

describe("regionOfName", () => {
  it.each([
    ["深圳", "广东省/深圳市", "440300"],
    ["济宁市", "山东省/济宁市", "370800"],
    ["济宁高新区", "山东省/济宁市/济宁高新技术产业开发区", "370871"],
    ["山东省", "山东省", "370000"],
    ["曲阜", "山东省/济宁市/曲阜市", "370881"],
    ["长三角", null, null],
    ["浣河街道", null, null],
    ["济宁大道", null, null],
  ] as const)("%s → %s", (name, path, code) => {
    const region = regionOfName(name);
    expect(region ? toRef(region).path : null).toBe(path);
    expect(region?.code ?? null).toBe(code);
  });

  it("picks the candidate in the corpus's province for an ambiguous name", () => {
    // 海南: the province, or 青海's 海南藏族自治州.
    expect(regionOfName("海南")).toBeNull();
    expect(toRef(regionOfName("海南", new Set(["青海省"]))!).path).toBe("青海省/海南藏族自治州");
    // A county's short name yields to the prefecture's (朝阳 → 朝阳市, not 朝阳县 or Beijing's 朝阳区).
    expect(toRef(regionOfName("朝阳")!).path).toBe("辽宁省/朝阳市");
  });
});
