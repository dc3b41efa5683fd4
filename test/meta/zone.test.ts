import { describe, expect, it } from "vitest";
import { countZones, inferZone } from "../../data/meta/zone.ts";

describe("countZones / inferZone", () => {
  it("countZones counts 济宁高新区 once, not also as 高新区, and skips 国家高新区", () => {
    const counts = countZones("济宁高新区打造国家高新区示范标杆,高新区与济宁经开区、经开区合作");
    expect(Object.fromEntries(counts)).toEqual({ 济宁高新技术产业开发区: 2, 济宁经济技术开发区: 2 });
  });

  it.each([
    ["济宁经开区以“产业立区、制造强区、特色兴区”", "", "济宁经济技术开发区"],
    ["积极打造区域领先的黄河新区和济宁城市复合中心", "济宁高新区加快新旧动能转换步伐。高新区在深圳大放异彩。", "济宁高新技术产业开发区"],
    ["", "没有任何园区名称。", null],
  ] as const)("inferZone(title %j) → %s", (title, text, zone) => {
    expect(inferZone(text, title)).toBe(zone);
  });
});
