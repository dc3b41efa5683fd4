import { describe, it } from "vitest";
import { expectFactIn, expectNoFacts } from "../helpers.ts";

describe("implausible refiner", () => {
  it("drops an amount past ten times China's GDP: digits run together (2023年浙江省统计公报, an online copy)", () => {
    expectNoFacts("第一、二、三产业增加值分别为23323395346268亿元");
  });

  it("keeps the largest real amounts: a nation's GDP, a province's, an investment in 美元", () => {
    // 国家统计局《2024年国民经济和社会发展统计公报》; 2026年山东省政府工作报告; 福建 2026.
    expectFactIn("全年国内生产总值1349084亿元", "1349084亿元", { value: 1.349084e14, unit: "CNY" });
    expectFactIn("全省生产总值突破10万亿元", "突破10万亿元", { value: 1e13 });
    expectFactIn("实际使用外资46.8亿美元", "46.8亿美元", { value: 4.68e9, unit: "USD" });
  });
});
