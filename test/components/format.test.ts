import { describe, expect, it } from "vitest";
import { figureText, formatDate, formatNumber, formatPercent, formatValue, formatYuan } from "../../src/components/format.ts";

describe("formatYuan", () => {
  it.each([
    [4331000000, "43.31亿元"],
    [260000000, "2.6亿元"],
    [50000000, "5000万元"],
    [99999999, "1亿元"],
    [100000000, "1亿元"],
    [12470000000, "124.7亿元"],
    [10000, "1万元"],
    [9999, "9999元"],
    [800, "800元"],
    [0, "0元"],
    [-37800000, "-3780万元"],
    [2.5e12, "2.5万亿元"],
  ])("formatYuan(%d) → %s", (value, expected) => {
    expect(formatYuan(value)).toBe(expected);
  });

  it.each([[null], [undefined], [Number.NaN], [Number.POSITIVE_INFINITY]])("formatYuan(%s) → —", (value) => {
    expect(formatYuan(value)).toBe("—");
  });
});

describe("formatNumber and formatPercent", () => {
  it.each([
    [10353, "1.04万"],
    [1865, "1865"],
    [0.5, "0.5"],
  ])("formatNumber(%d) → %s", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it.each([
    [4.7, "4.7%"],
    [67.26, "67.26%"],
    [-3.2, "-3.2%"],
    [100, "100%"],
  ])("formatPercent(%d) → %s", (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });
});

describe("formatValue", () => {
  it.each([
    [4331000000, "CNY", null, "43.31亿元"],
    [2, "rank", null, "第2位"],
    [61, "count", "家", "61家"],
    [24, "pp", null, "24个百分点"],
    [244.359, "mu", null, "244.359亩"],
    [27, "km", null, "27公里"],
    [30000000, "USD", null, "3000万美元"],
    [12, "percent", null, "12%"],
    // Units the facts contract gained later are written as analysts write them, not as stored codes.
    [-0.62, "permille_point", null, "-0.62个千分点"],
    [6.13, "permille", null, "6.13‰"],
    [1200000000, "kWh", null, "12亿千瓦时"],
    [500000, "kW", null, "50万千瓦"],
    [3500, "CNY/t", null, "3500元/吨"],
    [83, "day", null, "83天"],
    [1000, "HKD", null, "1000港元"],
    [2, "unknown_unit", null, "2unknown_unit"],
  ])("formatValue(%d, %s, %s) → %s", (value, unit, classifier, expected) => {
    expect(formatValue(value, unit, classifier)).toBe(expected);
  });
});

describe("figureText", () => {
  it.each([
    // 云南省2026年政府工作报告: 地区生产总值突破3万亿元; 新增规模以上工业企业755户; 城镇调查失业率5.5%左右
    [{ value: 3e12, unit: "CNY", qualifier: "more_than" }, "3万亿元以上"],
    [{ value: 755, unit: "count", classifier: "户", qualifier: null }, "755户"],
    [{ value: 5.5, unit: "percent", qualifier: "approx" }, "5.5%左右"],
    [{ value: 5.5, unit: "percent", qualifier: "at_most" }, "5.5%以内"],
  ])("%o → %s", (fact, text) => {
    expect(figureText(fact)).toBe(text);
  });
});

describe("formatDate", () => {
  it.each([
    ["2023-05-12", "day", "2023年5月12日"],
    ["2023-05-01", "month", "2023年5月"],
    ["2017-10-01", "quarter", "2017年第四季度"],
    ["2023-01-01", "half", "2023年上半年"],
    ["2023-07-01", "half", "2023年下半年"],
    ["2023-01-01", "year", "2023年"],
  ])("formatDate(%s, %s) → %s", (iso, precision, expected) => {
    expect(formatDate(iso, precision)).toBe(expected);
  });

  it("formatDate accepts a Date and says when the date is unknown", () => {
    expect(formatDate(new Date("2017-11-11T00:00:00Z"), "day")).toBe("2017年11月11日");
    expect(formatDate(null)).toBe("日期不详");
  });

  it("formatDate throws a TypeError on a malformed date", () => {
    expect(() => formatDate("11/11/2017")).toThrow(TypeError);
  });
});
